package ir.kanoonyar.db.guideline;

import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.kanoon.KanoonAudience;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static ir.kanoonyar.db.guideline.Guidelines.EVALUATION_DATE;
import static ir.kanoonyar.db.guideline.Guidelines.applicant;
import static org.assertj.core.api.Assertions.assertThat;

class EligibilityCheckerTest {

    private final EligibilityChecker checker = new EligibilityChecker();
    private final GuidelineVersion first = Guidelines.first().build();

    private CheckItem item(GuidelineVersion g, ApplicantFacts f, Rule rule) {
        return checker.check(g, f).item(rule).orElseThrow(() -> new AssertionError(rule + " not listed"));
    }

    private CheckItem item(ApplicantFacts f, Rule rule) {
        return item(first, f, rule);
    }

    @Test
    void aFittingApplicantPassesEveryRuleInOrder() {
        Checklist list = checker.check(first, applicant());

        assertThat(list.items()).extracting(CheckItem::rule)
                .containsExactly(Rule.AGE, Rule.EDUCATION, Rule.GENDER, Rule.ONE_KANOON, Rule.TRAINING);
        assertThat(list.items()).extracting(CheckItem::outcome).containsOnly(Outcome.PASS);
        assertThat(list.passed()).isTrue();
        assertThat(list.failures()).isEmpty();
        assertThat(list.warnings()).isEmpty();
        assertThat(list).hasSize(5);
    }

    @Test
    void reasonsArePersianWithPersianDigits() {
        ApplicantFacts f = applicant().withBirthDate(EVALUATION_DATE.minusYears(18).plusDays(1));

        assertThat(item(f, Rule.AGE).reason())
                .isEqualTo("سن شما ۱۷ سال است؛ سن مدیر کانون باید بین ۱۸ تا ۵۰ سال باشد.");
        assertThat(item(f, Rule.EDUCATION).reason())
                .isEqualTo("تحصیلات ثبت\u200cشدهٔ شما «دیپلم» است و شرط حداقل تحصیلات («دیپلم») را دارد.");
    }

    @Test
    void forStaffTheSameChecksSpeakOfTheApplicant() {
        ApplicantFacts f = applicant().withBirthDate(EVALUATION_DATE.minusYears(18).plusDays(1)).withKanoonsManaged(1);

        Checklist forStaff = checker.forStaff().check(first, f);

        assertThat(forStaff.items()).extracting(CheckItem::outcome)
                .containsExactlyElementsOf(checker.check(first, f).items().stream().map(CheckItem::outcome).toList());
        assertThat(forStaff.items().get(0).reason())
                .isEqualTo("سن متقاضی ۱۷ سال است؛ سن مدیر کانون باید بین ۱۸ تا ۵۰ سال باشد.");
        assertThat(forStaff.failures()).extracting(CheckItem::reason).allSatisfy(reason -> assertThat(reason)
                .contains("متقاضی").doesNotContain("شما"));
    }

    @Test
    void severalFailuresAreListedInRuleOrder() {
        ApplicantFacts f = applicant()
                .withBirthDate(null)
                .withEducation(Education.BELOW_DIPLOMA)
                .withKanoonsManaged(1)
                .withPassedCourses();

        Checklist list = checker.check(first, f);

        assertThat(list.passed()).isFalse();
        assertThat(list.failures()).extracting(CheckItem::rule).containsExactly(Rule.AGE, Rule.EDUCATION, Rule.ONE_KANOON);
        assertThat(list.warnings()).extracting(CheckItem::rule).containsExactly(Rule.TRAINING);
    }

    @Nested
    class Age {

        private Outcome ageOutcome(LocalDate birthDate) {
            return item(applicant().withBirthDate(birthDate), Rule.AGE).outcome();
        }

        @Test
        void eighteenthBirthdayTodayPasses() {
            CheckItem age = item(applicant().withBirthDate(EVALUATION_DATE.minusYears(18)), Rule.AGE);

            assertThat(age.outcome()).isEqualTo(Outcome.PASS);
            assertThat(age.reason()).contains("۱۸ سال", "۱۸ تا ۵۰");
        }

        @Test
        void oneDayBeforeTheEighteenthBirthdayFails() {
            CheckItem age = item(applicant().withBirthDate(EVALUATION_DATE.minusYears(18).plusDays(1)), Rule.AGE);

            assertThat(age.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(age.reason()).contains("۱۷ سال");
        }

        @Test
        void fiftyPassesUntilTheFiftyFirstBirthday() {
            assertThat(ageOutcome(EVALUATION_DATE.minusYears(50))).isEqualTo(Outcome.PASS);
            assertThat(ageOutcome(EVALUATION_DATE.minusYears(51).plusDays(1))).isEqualTo(Outcome.PASS);
            assertThat(ageOutcome(EVALUATION_DATE.minusYears(51))).isEqualTo(Outcome.FAIL);
        }

        @Test
        void aboveTheMaximumFails() {
            CheckItem age = item(applicant().withBirthDate(LocalDate.of(1960, 1, 1)), Rule.AGE);

            assertThat(age.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(age.reason()).contains("۶۵ سال");
        }

        @Test
        void missingBirthDateFailsAndAsksForIt() {
            CheckItem age = item(applicant().withBirthDate(null), Rule.AGE);

            assertThat(age.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(age.reason()).contains("تاریخ تولد", "وارد کنید");
        }

        @Test
        void leapDayBirthdayCountsFromTheFirstOfMarchInOtherYears() {
            LocalDate born = LocalDate.of(2008, 2, 29);
            ApplicantFacts f = applicant().withBirthDate(born);

            assertThat(item(f.withEvaluationDate(LocalDate.of(2026, 2, 28)), Rule.AGE).outcome()).isEqualTo(Outcome.FAIL);
            assertThat(item(f.withEvaluationDate(LocalDate.of(2026, 3, 1)), Rule.AGE).outcome()).isEqualTo(Outcome.PASS);
            assertThat(EligibilityChecker.ageOn(born, LocalDate.of(2028, 2, 29))).isEqualTo(20);
        }
    }

    @Nested
    class EducationRule {

        @ParameterizedTest
        @EnumSource(Education.class)
        void eachLevelAgainstEachMinimum(Education minimum) {
            GuidelineVersion g = Guidelines.first().minEducation(minimum).build();
            for (Education level : Education.values()) {
                Outcome expected = level.ordinal() >= minimum.ordinal() ? Outcome.PASS : Outcome.FAIL;
                assertThat(item(g, applicant().withEducation(level), Rule.EDUCATION).outcome())
                        .as("%s against minimum %s", level, minimum)
                        .isEqualTo(expected);
            }
        }

        @Test
        void belowDiplomaFailsNamingBothLevels() {
            CheckItem education = item(applicant().withEducation(Education.BELOW_DIPLOMA), Rule.EDUCATION);

            assertThat(education.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(education.reason()).contains("«زیر دیپلم»", "«دیپلم»");
        }
    }

    @Nested
    class GenderRule {

        @Test
        void aManCannotManageASistersKanoon() {
            CheckItem gender = item(applicant().withAudience(KanoonAudience.SISTERS), Rule.GENDER);

            assertThat(gender.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(gender.reason()).isEqualTo("مدیر کانون خواهران باید زن باشد، اما جنسیت ثبت\u200cشدهٔ شما مرد است.");
        }

        @Test
        void aWomanManagesASistersKanoon() {
            ApplicantFacts f = applicant().withGender(Gender.FEMALE).withAudience(KanoonAudience.SISTERS);

            assertThat(item(f, Rule.GENDER).outcome()).isEqualTo(Outcome.PASS);
        }

        @Test
        void aWomanCannotManageABrothersKanoon() {
            ApplicantFacts f = applicant().withGender(Gender.FEMALE);

            assertThat(item(f, Rule.GENDER).outcome()).isEqualTo(Outcome.FAIL);
        }

        @Test
        void notListedWithoutAKanoon() {
            Checklist list = checker.check(first, applicant().withAudience(null));

            assertThat(list.item(Rule.GENDER)).isEmpty();
            assertThat(list.passed()).isTrue();
        }

        @Test
        void notListedWhenTheGuidelineDoesNotAskForIt() {
            GuidelineVersion g = Guidelines.first().genderMustMatch(false).build();

            Checklist list = checker.check(g, applicant().withAudience(KanoonAudience.SISTERS));

            assertThat(list.item(Rule.GENDER)).isEmpty();
            assertThat(list.passed()).isTrue();
        }
    }

    @Nested
    class OneKanoon {

        @Test
        void alreadyManagingOneFails() {
            CheckItem kanoon = item(applicant().withKanoonsManaged(1), Rule.ONE_KANOON);

            assertThat(kanoon.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(kanoon.reason()).contains("مدیر ۱ کانون", "مدیر ۱ کانون باشد");
        }

        @Test
        void aGuidelineAllowingTwoLetsTheSecondThrough() {
            GuidelineVersion two = Guidelines.first().maxKanoonsPerManager(2).build();

            assertThat(item(two, applicant().withKanoonsManaged(1), Rule.ONE_KANOON).outcome()).isEqualTo(Outcome.PASS);
            assertThat(item(two, applicant().withKanoonsManaged(2), Rule.ONE_KANOON).outcome()).isEqualTo(Outcome.FAIL);
        }
    }

    @Nested
    class Training {

        @Test
        void missingCourseWarnsWithTheDeadlineButDoesNotBlock() {
            Checklist list = checker.check(first, applicant().withPassedCourses());

            CheckItem training = list.item(Rule.TRAINING).orElseThrow();
            assertThat(training.outcome()).isEqualTo(Outcome.WARN);
            assertThat(training.reason()).contains("۹۰ روز", "پس از تأیید");
            assertThat(list.passed()).isTrue();
            assertThat(list.warnings()).containsExactly(training);
        }

        @Test
        void allPassedPasses() {
            GuidelineVersion two = Guidelines.first().requiredCourses("MANAGER_BASICS", "SAFETY").build();

            CheckItem training = item(two, applicant().withPassedCourses("SAFETY", "MANAGER_BASICS", "EXTRA"), Rule.TRAINING);

            assertThat(training.outcome()).isEqualTo(Outcome.PASS);
            assertThat(training.reason()).contains("۲ دوره");
        }

        @Test
        void someMissingCountsThem() {
            GuidelineVersion two = Guidelines.first().requiredCourses("MANAGER_BASICS", "SAFETY").trainingWithinDays(30).build();

            CheckItem training = item(two, applicant(), Rule.TRAINING);

            assertThat(training.outcome()).isEqualTo(Outcome.WARN);
            assertThat(training.reason()).startsWith("۱ دوره از ۲ دورهٔ").contains("۳۰ روز");
            assertThat(checker.missingCourses(two, applicant())).containsExactly("SAFETY");
        }

        @Test
        void noneRequiredPasses() {
            GuidelineVersion none = Guidelines.first().requiredCourses(List.of()).build();

            CheckItem training = item(none, applicant().withPassedCourses(), Rule.TRAINING);

            assertThat(training.outcome()).isEqualTo(Outcome.PASS);
            assertThat(training.reason()).contains("تعیین نشده");
        }
    }

    @Nested
    class Members {

        private CheckItem members(Integer members, Boolean rural) {
            return item(applicant().withMembers(members, rural), Rule.MEMBERS);
        }

        @Test
        void nineteenInTheCityFails() {
            CheckItem m = members(19, false);

            assertThat(m.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(m.reason()).isEqualTo("کانون ۱۹ عضو دارد؛ کانون شهری برای دریافت مجوز دست\u200cکم ۲۰ عضو لازم دارد.");
        }

        @Test
        void twentyInTheCityPasses() {
            assertThat(members(20, false).outcome()).isEqualTo(Outcome.PASS);
        }

        @Test
        void tenInAVillagePasses() {
            CheckItem m = members(10, true);

            assertThat(m.outcome()).isEqualTo(Outcome.PASS);
            assertThat(m.reason()).contains("۱۰ عضو", "روستایی");
        }

        @Test
        void nineInAVillageFails() {
            assertThat(members(9, true).outcome()).isEqualTo(Outcome.FAIL);
        }

        @Test
        void unknownAreaUsesTheUrbanMinimumAndWarns() {
            CheckItem m = members(20, null);

            assertThat(m.outcome()).isEqualTo(Outcome.WARN);
            assertThat(m.reason()).contains("مشخص نیست", "۲۰ عضو", "۱۰ عضو");
        }

        @Test
        void unknownAreaBelowTheUrbanMinimumFailsAndAsksForTheArea() {
            CheckItem m = members(15, null);

            assertThat(m.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(m.reason()).contains("مشخص نیست", "۱۵ عضو", "روستایی");
        }

        @Test
        void notListedWhenMembersAreNotGiven() {
            assertThat(checker.check(first, applicant().withMembers(null, true)).item(Rule.MEMBERS)).isEmpty();
        }
    }

    @Test
    void theSamePersonPassesOneGuidelineAndFailsAnother() {
        ApplicantFacts f = applicant().withBirthDate(EVALUATION_DATE.minusYears(22));
        GuidelineVersion strict = Guidelines.strict().build();

        Checklist underFirst = checker.check(first, f);
        Checklist underStrict = checker.check(strict, f);

        assertThat(underFirst.passed()).isTrue();
        assertThat(underStrict.passed()).isFalse();
        assertThat(underStrict.failures()).extracting(CheckItem::rule).containsExactly(Rule.AGE, Rule.EDUCATION);
        assertThat(underStrict.item(Rule.AGE).orElseThrow().reason()).contains("۲۲ سال", "۲۵ تا ۴۱");
        assertThat(underStrict.item(Rule.EDUCATION).orElseThrow().reason()).contains("«کارشناسی»");

        ApplicantFacts older = f.withBirthDate(EVALUATION_DATE.minusYears(45)).withEducation(Education.BACHELOR);
        assertThat(checker.check(first, older).passed()).isTrue();
        assertThat(checker.check(strict, older).failures()).extracting(CheckItem::rule).containsExactly(Rule.AGE);
        assertThat(checker.check(strict, older.withBirthDate(EVALUATION_DATE.minusYears(41))).passed()).isTrue();
    }

    @Test
    void persianDigits() {
        assertThat(EligibilityChecker.digits(0)).isEqualTo("۰");
        assertThat(EligibilityChecker.digits(1403)).isEqualTo("۱۴۰۳");
        assertThat(EligibilityChecker.digits(9876543210L)).isEqualTo("۹۸۷۶۵۴۳۲۱۰");
        assertThat(EligibilityChecker.digits(-5)).isEqualTo("-۵");
    }
}
