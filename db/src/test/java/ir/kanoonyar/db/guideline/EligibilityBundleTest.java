package ir.kanoonyar.db.guideline;

import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.kanoon.KanoonAudience;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static ir.kanoonyar.db.guideline.Guidelines.EVALUATION_DATE;
import static ir.kanoonyar.db.guideline.Guidelines.applicant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code i18n/eligibility.properties} and the checker in step: every key the checker can use
 * is in the bundle, the bundle holds no other key, and every reason can actually be produced.
 */
class EligibilityBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern ASCII_DIGIT_OUTSIDE_PLACEHOLDER = Pattern.compile("[0-9](?![0-9]*[,}])");

    private final ResourceBundle bundle = ResourceBundle.getBundle(EligibilityChecker.BUNDLE, Locale.ROOT);

    @Test
    void theBundleHoldsExactlyTheKeysTheCheckerUses() {
        assertThat(new TreeSet<>(bundle.keySet()))
                .containsExactlyInAnyOrderElementsOf(EligibilityMessage.allKeys());
    }

    @Test
    void everyRuleHasAReasonForPassing() {
        for (Rule rule : Rule.values()) {
            assertThat(Stream.of(EligibilityMessage.values()))
                    .as("%s has a PASS reason", rule)
                    .anyMatch(m -> m.rule() == rule && m.outcome() == Outcome.PASS);
        }
    }

    @Test
    void keysFollowRuleAndOutcome() {
        for (EligibilityMessage m : EligibilityMessage.values()) {
            assertThat(m.key()).startsWith("eligibility." + m.rule() + "." + m.outcome());
        }
    }

    @Test
    void eachReasonUsesExactlyTheArgumentsTheCheckerPasses() {
        for (EligibilityMessage m : EligibilityMessage.values()) {
            for (String key : List.of(m.key(), m.staffKey())) {
                String pattern = bundle.getString(key);
                Set<Integer> used = new HashSet<>();
                Matcher matcher = PLACEHOLDER.matcher(pattern);
                while (matcher.find()) {
                    used.add(Integer.parseInt(matcher.group(1)));
                }
                assertThat(used).as(key)
                        .isEqualTo(IntStream.range(0, m.arguments()).boxed().collect(Collectors.toSet()));
                assertThat(pattern).as(key + " must not use the MessageFormat quote").doesNotContain("'");
            }
        }
    }

    @Test
    void theStaffWordingSpeaksOfTheApplicantNeverToThem() {
        for (EligibilityMessage m : EligibilityMessage.values()) {
            assertThat(bundle.getString(m.staffKey())).as(m.staffKey())
                    .doesNotContain("شما", "خود را", "کنید", "\u200Cاید");
        }
    }

    @Test
    void everyTextIsPersian() {
        for (String key : bundle.keySet()) {
            String text = bundle.getString(key);
            assertThat(text).as(key).isNotBlank()
                    .containsPattern("[\\u0600-\\u06FF]")
                    // Persian ی and ک, not the Arabic letters
                    .doesNotContain("\u064A", "\u0643");
            assertThat(ASCII_DIGIT_OUTSIDE_PLACEHOLDER.matcher(text).find())
                    .as(key + " has a Latin digit; numbers come in as arguments, in Persian digits")
                    .isFalse();
        }
    }

    @Test
    void theBundleIsReadAsUtf8() {
        assertThat(bundle.getString("eligibility.gender.FEMALE")).isEqualTo("زن");
        assertThat(bundle.getString("eligibility.education.MASTER")).isEqualTo("کارشناسی ارشد");
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/eligibility.properties")) {
            assertThat(in).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#") && !l.startsWith("!")) {
                    keys.add(l.substring(0, l.indexOf('=')).strip());
                }
            }
        }
        assertThat(keys).doesNotHaveDuplicates();
    }

    /** With a bundle that answers every key with itself, each reason is its key. */
    @Test
    void everyReasonCanBeProduced() {
        EligibilityChecker echo = new EligibilityChecker(new EchoBundle());
        GuidelineVersion first = Guidelines.first().build();
        GuidelineVersion noCourses = Guidelines.first().requiredCourses(List.of()).build();
        ApplicantFacts fits = applicant();

        List<CheckItem> items = new ArrayList<>();
        Stream.of(
                fits,
                fits.withBirthDate(null),
                fits.withBirthDate(EVALUATION_DATE.minusYears(17)),
                fits.withEducation(Education.NONE),
                fits.withAudience(KanoonAudience.SISTERS),
                fits.withKanoonsManaged(1),
                fits.withPassedCourses(),
                fits.withMembers(20, false),
                fits.withMembers(9, true),
                fits.withMembers(20, null),
                fits.withMembers(19, null)
        ).forEach(f -> {
            items.addAll(echo.check(first, f).items());
            items.addAll(echo.check(noCourses, f).items());
        });

        for (CheckItem item : items) {
            assertThat(item.reason()).as("a reason is a message key")
                    .startsWith("eligibility." + item.rule() + "." + item.outcome());
        }
        assertThat(items.stream().map(CheckItem::reason).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(
                        Stream.of(EligibilityMessage.values()).map(EligibilityMessage::key).toList());
    }

    @Test
    void labelsCoverEveryValue() {
        EligibilityChecker checker = new EligibilityChecker();
        GuidelineVersion first = Guidelines.first().build();
        for (Education level : Education.values()) {
            assertThat(checker.check(first, applicant().withEducation(level)).item(Rule.EDUCATION).orElseThrow().reason())
                    .contains("«" + bundle.getString(EligibilityMessage.label(level)) + "»");
        }
        for (KanoonAudience audience : KanoonAudience.values()) {
            for (Gender gender : Gender.values()) {
                String reason = checker.check(first, applicant().withGender(gender).withAudience(audience))
                        .item(Rule.GENDER).orElseThrow().reason();
                assertThat(reason).contains(bundle.getString(EligibilityMessage.label(audience)),
                        bundle.getString(EligibilityMessage.label(audience.gender())));
            }
        }
    }

    @Test
    void noReasonHasALatinDigit() {
        EligibilityChecker checker = new EligibilityChecker();
        GuidelineVersion g = Guidelines.first().ages(25, 41).trainingWithinDays(120).minMembersUrban(1234).build();
        for (LocalDate born : new LocalDate[]{null, LocalDate.of(1990, 1, 1), LocalDate.of(2010, 1, 1)}) {
            for (Boolean rural : new Boolean[]{null, true, false}) {
                ApplicantFacts f = applicant().withBirthDate(born).withMembers(1500, rural).withPassedCourses();
                for (CheckItem item : checker.check(g, f)) {
                    assertThat(item.reason()).as(item.toString()).doesNotContainPattern("[0-9]");
                }
            }
        }
    }

    /** Answers every key with the key itself. */
    private static final class EchoBundle extends ResourceBundle {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    }
}
