package ir.kanoonyar.db.form;

import ir.kanoonyar.db.form.RawAnswer.Typed;
import ir.kanoonyar.db.request.RequestType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The names printed on licences and the age of an applicant, as the registration form asks them. */
class PersonNameAndAgeTest {

    private final RegionLookup regions = TestRegions.lookup();
    private final FormMessages messages = new FormMessages(regions);
    /** Today is 6 Azar 1405 in Tehran. */
    private final FieldValidator validator = new FieldValidator(regions, messages, FieldValidatorTest.CLOCK);
    private final FormDefinition registration = new Forms().of(RequestType.MANAGER_REGISTRATION);
    private final FieldDefinition firstName = registration.field(FieldKeys.FIRST_NAME);
    private final FieldDefinition lastName = registration.field(FieldKeys.LAST_NAME);
    private final FieldDefinition birthDate = registration.field(FieldKeys.BIRTH_DATE);

    private FieldResult check(FieldDefinition field, String typed) {
        return validator.validate(field, new Typed(typed), Map.of());
    }

    private String reason(FieldDefinition field, String typed) {
        return messages.reason(check(field, typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"محمد\u200Cرضا", "سید مهدی", "مؤمنی", "آل‌احمد", "ابراهیم‌زادهٔ اصفهانی"})
    void acceptsPersianLettersSpacesAndHalfSpaces(String name) {
        assertThat(check(firstName, name)).isEqualTo(FieldResult.ok(name));
        assertThat(check(lastName, name)).isEqualTo(FieldResult.ok(name));
    }

    @Test
    void arabicSpellingsAreMadePersianAndAccepted() {
        assertThat(check(lastName, "كريمي")).isEqualTo(FieldResult.ok("کریمی"));
    }

    @Test
    void refusesLatinLettersAskingForPersian() {
        assertThat(check(firstName, "Ali")).isEqualTo(FieldReason.NAME_LATIN.result());
        assertThat(reason(lastName, "Karimi")).contains("حروف فارسی").contains("پروانه");
    }

    @Test
    void refusesDigitsPunctuationAndEmojiNamingTheCharacter() {
        assertThat(check(firstName, "علی2")).isEqualTo(FieldReason.NAME_NOT_LETTER.result("۲"));
        assertThat(check(firstName, "علی۲")).isEqualTo(FieldReason.NAME_NOT_LETTER.result("۲"));
        assertThat(check(lastName, "احمدی.")).isEqualTo(FieldReason.NAME_NOT_LETTER.result("."));
        assertThat(check(lastName, "رضایی😀")).isEqualTo(FieldReason.NAME_NOT_LETTER.result("😀"));
        assertThat(reason(lastName, "رضایی-نیا")).contains("«-»").contains("نیم‌فاصله");
    }

    @Test
    void otherTextFieldsStillTakeDigitsAndLatin() {
        FieldDefinition mosqueName = new Forms().of(RequestType.ESTABLISHMENT).field(FieldKeys.MOSQUE_NAME);
        assertThat(check(mosqueName, "مسجد امام علی (ع) 2").valid()).isTrue();
    }

    @Test
    void theQuestionShowsTheExpectedFormOfTheDate() {
        assertThat(messages.question(birthDate)).contains("سال/ماه/روز").contains("۱۳۸۰/۰۶/۱۵");
    }

    @Test
    void anApplicantIsFifteenToNinety() {
        // 15 years old on 6 Azar 1405; 91 from 7 Azar 1314 back
        assertThat(check(birthDate, "1390/09/06")).isEqualTo(FieldResult.ok("2011-11-27"));
        assertThat(check(birthDate, "1390/09/07")).isEqualTo(FieldReason.AGE_TOO_YOUNG.result("۱۵"));
        assertThat(check(birthDate, "1400/01/01")).isEqualTo(FieldReason.AGE_TOO_YOUNG.result("۱۵"));
        assertThat(check(birthDate, "1314/09/07").valid()).isTrue();
        assertThat(check(birthDate, "1314/09/06")).isEqualTo(FieldReason.AGE_TOO_OLD.result("۹۰"));
        assertThat(reason(birthDate, "1400/01/01")).contains("دست‌کم ۱۵ سال").contains("۱۳۸۰/۰۶/۱۵");
    }

    @Test
    void theAgeRangeIsASetting() {
        FieldValidator adultsOnly = new FieldValidator(regions, messages, FieldValidatorTest.CLOCK, 18, 70);
        assertThat(adultsOnly.validate(birthDate, new Typed("1390/01/01"), Map.of()))
                .isEqualTo(FieldReason.AGE_TOO_YOUNG.result("۱۸"));
        assertThat(adultsOnly.validate(birthDate, new Typed("1330/01/01"), Map.of()))
                .isEqualTo(FieldReason.AGE_TOO_OLD.result("۷۰"));
        assertThat(adultsOnly.validate(birthDate, new Typed("1370/01/01"), Map.of()).valid()).isTrue();
    }

    @Test
    void aFutureDateIsStillRefusedAsSuch() {
        assertThat(check(birthDate, "1406/01/01")).isEqualTo(FieldReason.DATE_IN_FUTURE.result());
    }
}
