package ir.kanoonyar.db.form;

import ir.kanoonyar.db.form.RawAnswer.Contact;
import ir.kanoonyar.db.form.RawAnswer.File;
import ir.kanoonyar.db.form.RawAnswer.Location;
import ir.kanoonyar.db.form.RawAnswer.Picked;
import ir.kanoonyar.db.form.RawAnswer.Skip;
import ir.kanoonyar.db.form.RawAnswer.Typed;
import ir.kanoonyar.db.form.RawAnswer.Unsupported;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.request.RequestType;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static ir.kanoonyar.db.form.TestRegions.MAZANDARAN;
import static ir.kanoonyar.db.form.TestRegions.QAEM_SHAHR;
import static org.assertj.core.api.Assertions.assertThat;

class FieldValidatorTest {

    /** 08:00 UTC, 11:30 in Tehran: 6 Azar 1405. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    private final RegionLookup regions = TestRegions.lookup();
    private final FormMessages messages = new FormMessages(regions);
    private final FieldValidator validator = new FieldValidator(regions, messages, CLOCK);
    private final Forms forms = new Forms();

    private static final RawAnswer PHOTO = new File("AgADphoto", null, "image/jpeg", 50_000L, true);
    private static final RawAnswer PDF = new File("BQADdoc", "letter.pdf", "application/pdf", 120_000L, false);
    private static final RawAnswer STICKER = new Unsupported("sticker");
    private static final RawAnswer VOICE = new Unsupported("voice");
    private static final RawAnswer TEHRAN_LOCATION = new Location(35.6997, 51.3380);
    private static final RawAnswer OWN_CONTACT = new Contact("+989121234567", true);

    private FieldResult check(FieldDefinition field, RawAnswer answer) {
        return validator.validate(field, answer, Map.of());
    }

    private FieldResult check(FieldDefinition field, String typed) {
        return check(field, new Typed(typed));
    }

    private static FieldResult ok(String value) {
        return FieldResult.ok(value);
    }

    private static FieldResult refused(FieldReason reason, Object... args) {
        return reason.result(args);
    }

    @Test
    void theClockIsWhereTheTestsThinkItIs() {
        assertThat(JalaliDate.today(CLOCK)).isEqualTo(JalaliDate.of(1405, 9, 6));
    }

    @Nested
    class Text {
        private final FieldDefinition name = FieldDefinition.text("first_name");
        private final FieldDefinition address = FieldDefinition.longText("address");

        @Test
        void keepsZwnjAndFixesArabicLetters() {
            assertThat(check(name, "  محمد\u200Cرضا ")).isEqualTo(ok("محمد\u200Cرضا"));
            assertThat(check(name, "علي")).isEqualTo(ok("علی"));
            assertThat(check(name, "كاظم")).isEqualTo(ok("کاظم"));
            assertThat(check(name, "سيد   مهدي")).isEqualTo(ok("سید مهدی"));
        }

        @Test
        void turnsDigitsToAscii() {
            assertThat(check(address, "خیابان ۱۲، پلاک ٣٤")).isEqualTo(ok("خیابان 12، پلاک 34"));
        }

        @Test
        void aLineOfTextIsOneLineAndALongTextKeepsItsLines() {
            assertThat(check(name, "محمد\nرضا")).isEqualTo(ok("محمد رضا"));
            assertThat(check(address, "تهران\r\nخیابان انقلاب")).isEqualTo(ok("تهران\nخیابان انقلاب"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\u00A0\t"})
        void refusesEmptyText(String typed) {
            assertThat(check(name, typed)).isEqualTo(refused(FieldReason.EMPTY));
        }

        @ParameterizedTest
        @ValueSource(strings = {"۱۲۳", "...", "🙂"})
        void refusesTextWithoutLetters(String typed) {
            assertThat(check(name, typed)).isEqualTo(refused(FieldReason.TEXT_NO_LETTERS));
        }

        @Test
        void refusesTooLongText() {
            assertThat(check(name, "ا".repeat(100)).valid()).isTrue();
            assertThat(check(name, "ا".repeat(101))).isEqualTo(refused(FieldReason.TEXT_TOO_LONG, "۱۰۰", "۱۰۱"));
            assertThat(check(address, "ب".repeat(1000)).valid()).isTrue();
            assertThat(check(address, "ب".repeat(1001))).isEqualTo(refused(FieldReason.TEXT_TOO_LONG, "۱۰۰۰", "۱۰۰۱"));
            assertThat(check(FieldDefinition.text("first_name", 5), "ابپتثج"))
                    .isEqualTo(refused(FieldReason.TEXT_TOO_LONG, "۵", "۶"));
        }

        @Test
        void countsCharactersNotUtf16Units() {
            assertThat(check(name, "ا" + "😀".repeat(99)).valid()).isTrue();
        }

        @Test
        void aMinimumLengthCanBeSet() {
            FieldDefinition atLeastThree = new FieldDefinition("first_name", FieldType.TEXT, true, null, 3, null, null);
            assertThat(check(atLeastThree, "اب")).isEqualTo(refused(FieldReason.TEXT_TOO_SHORT, "۳"));
            assertThat(check(atLeastThree, "ابپ")).isEqualTo(ok("ابپ"));
        }

        @Test
        void refusesAnythingButTypedText() {
            for (RawAnswer other : List.of(PHOTO, PDF, STICKER, VOICE, TEHRAN_LOCATION, OWN_CONTACT, new Picked("x"))) {
                assertThat(check(name, other)).as("%s", other).isEqualTo(refused(FieldReason.EXPECTED_TEXT));
                assertThat(check(address, other)).as("%s", other).isEqualTo(refused(FieldReason.EXPECTED_TEXT));
            }
        }
    }

    @Nested
    class Skipping {
        @Test
        void aRequiredFieldCannotBeSkipped() {
            assertThat(check(FieldDefinition.text("first_name"), new Skip())).isEqualTo(refused(FieldReason.REQUIRED));
            assertThat(check(FieldDefinition.kanoon("kanoon"), new Skip())).isEqualTo(refused(FieldReason.REQUIRED));
        }

        @Test
        void anOptionalFieldCanBeSkipped() {
            FieldResult skipped = check(FieldDefinition.photo("photo").optional(), new Skip());
            assertThat(skipped.valid()).isTrue();
            assertThat(skipped.isSkipped()).isTrue();
            assertThat(skipped.value()).isNull();
        }

        @Test
        void anOptionalFieldIsStillValidatedWhenAnswered() {
            assertThat(check(FieldDefinition.photo("photo").optional(), "عکس ندارم"))
                    .isEqualTo(refused(FieldReason.EXPECTED_PHOTO));
        }
    }

    @Nested
    class Numbers {
        private final FieldDefinition space = FieldDefinition.number("space_m2", 10, 100_000);

        @ParameterizedTest
        @CsvSource({"120, 120", "۱۲۰, 120", "١٢٠, 120", "' ۱۲۰ ', 120", "0120, 120", "10, 10", "100000, 100000",
                "'1,200', 1200", "'۱٬۲۰۰', 1200", "'۱۰ ۰۰۰', 10000"})
        void acceptsWholeNumbersInAnyDigits(String typed, String stored) {
            assertThat(check(space, typed)).isEqualTo(ok(stored));
        }

        @ParameterizedTest
        @ValueSource(strings = {"12.5", "۱۲٫۵", "صد", "120 متر", "-5", "1,20", "1e3"})
        void refusesWhatIsNotAWholeNumber(String typed) {
            assertThat(check(space, typed)).isEqualTo(refused(FieldReason.NUMBER_NOT_NUMBER));
        }

        @Test
        void refusesNumbersOutOfRange() {
            assertThat(check(space, "9")).isEqualTo(refused(FieldReason.NUMBER_TOO_SMALL, "۱۰"));
            assertThat(check(space, "100001")).isEqualTo(refused(FieldReason.NUMBER_TOO_LARGE, "۱۰۰۰۰۰"));
            assertThat(check(space, "99999999999999999999999")).isEqualTo(refused(FieldReason.NUMBER_TOO_LARGE, "۱۰۰۰۰۰"));
        }

        @Test
        void refusesOtherAnswers() {
            assertThat(check(space, PHOTO)).isEqualTo(refused(FieldReason.EXPECTED_NUMBER));
            assertThat(check(space, STICKER)).isEqualTo(refused(FieldReason.EXPECTED_NUMBER));
        }
    }

    @Nested
    class NationalCodes {
        private final FieldDefinition code = FieldDefinition.nationalCode("national_code");

        @ParameterizedTest
        @ValueSource(strings = {"0499370899", "۰۴۹۹۳۷۰۸۹۹", "٠٤٩٩٣٧٠٨٩٩", "049-937089-9", " 0499 370 899 ", "499370899"})
        void acceptsAValidCodeInAnyDigits(String typed) {
            assertThat(check(code, typed)).isEqualTo(ok("0499370899"));
        }

        @Test
        void padsEightDigitsWithZeros() {
            assertThat(check(code, "84575948")).isEqualTo(ok("0084575948"));
            assertThat(check(code, "۸۴۵۷۵۹۴۸")).isEqualTo(ok("0084575948"));
        }

        @Test
        void givesOneReasonPerKindOfMistake() {
            assertThat(check(code, "0499370898")).isEqualTo(refused(FieldReason.NATIONAL_CODE_BAD_CHECKSUM));
            assertThat(check(code, "1234567")).isEqualTo(refused(FieldReason.NATIONAL_CODE_WRONG_LENGTH));
            assertThat(check(code, "12345678901")).isEqualTo(refused(FieldReason.NATIONAL_CODE_WRONG_LENGTH));
            assertThat(check(code, "1111111111")).isEqualTo(refused(FieldReason.NATIONAL_CODE_ALL_SAME));
            assertThat(check(code, "۵۵۵۵۵۵۵۵۵۵")).isEqualTo(refused(FieldReason.NATIONAL_CODE_ALL_SAME));
            assertThat(check(code, "کد ملی من")).isEqualTo(refused(FieldReason.NATIONAL_CODE_NOT_DIGITS));
            assertThat(check(code, " ")).isEqualTo(refused(FieldReason.EMPTY));
            assertThat(check(code, PHOTO)).isEqualTo(refused(FieldReason.EXPECTED_TEXT));
        }
    }

    @Nested
    class OwnMobile {
        private final FieldDefinition mobile = FieldDefinition.ownMobile("mobile");

        @ParameterizedTest
        @ValueSource(strings = {"+989121234567", "989121234567", "09121234567", "9121234567"})
        void acceptsTheSendersOwnContact(String phone) {
            assertThat(check(mobile, new Contact(phone, true))).isEqualTo(ok("09121234567"));
        }

        @Test
        void refusesSomeoneElsesContact() {
            assertThat(check(mobile, new Contact("+989121234567", false))).isEqualTo(refused(FieldReason.MOBILE_NOT_OWN));
        }

        @Test
        void refusesATypedNumber() {
            assertThat(check(mobile, "09121234567")).isEqualTo(refused(FieldReason.EXPECTED_OWN_CONTACT));
            assertThat(check(mobile, PHOTO)).isEqualTo(refused(FieldReason.EXPECTED_OWN_CONTACT));
            assertThat(check(mobile, STICKER)).isEqualTo(refused(FieldReason.EXPECTED_OWN_CONTACT));
        }

        @Test
        void refusesAnOwnNumberThatIsNotAnIranianMobile() {
            assertThat(check(mobile, new Contact("+447700900123", true))).isEqualTo(refused(FieldReason.MOBILE_NOT_MOBILE));
            assertThat(check(mobile, new Contact("+98211234567", true))).isEqualTo(refused(FieldReason.MOBILE_NOT_MOBILE));
        }
    }

    @Nested
    class OtherMobile {
        private final FieldDefinition imam = FieldDefinition.mobile("imam_mobile");

        @ParameterizedTest
        @ValueSource(strings = {"09121234567", "۰۹۱۲۱۲۳۴۵۶۷", "٠٩١٢١٢٣٤٥٦٧", "+98 912 123 4567", "0098-912-123-4567", "9121234567"})
        void acceptsATypedNumber(String typed) {
            assertThat(check(imam, typed)).isEqualTo(ok("09121234567"));
        }

        @Test
        void acceptsTheirSharedContact() {
            assertThat(check(imam, new Contact("989351112233", false))).isEqualTo(ok("09351112233"));
        }

        @Test
        void givesOneReasonPerKindOfMistake() {
            assertThat(check(imam, "0912123456")).isEqualTo(refused(FieldReason.MOBILE_WRONG_LENGTH));
            assertThat(check(imam, "02112345678")).isEqualTo(refused(FieldReason.MOBILE_NOT_MOBILE));
            assertThat(check(imam, "شماره ندارد")).isEqualTo(refused(FieldReason.MOBILE_NOT_DIGITS));
            assertThat(check(imam, PHOTO)).isEqualTo(refused(FieldReason.EXPECTED_MOBILE));
            assertThat(check(imam, VOICE)).isEqualTo(refused(FieldReason.EXPECTED_MOBILE));
        }
    }

    @Nested
    class Dates {
        private final FieldDefinition birth = FieldDefinition.birthDate("birth_date");
        private final FieldDefinition effective = FieldDefinition.date("effective_date", -90, 365);

        @ParameterizedTest
        @CsvSource({"1375/06/21, 1996-09-11", "۱۳۷۵/۶/۲۱, 1996-09-11", "١٣٧٥-٠٦-٢١, 1996-09-11",
                "' 1375 / 6 / 21 ', 1996-09-11", "1375.06.21, 1996-09-11"})
        void acceptsJalaliDatesInAnyDigitsAndStoresIsoGregorian(String typed, String stored) {
            assertThat(check(birth, typed)).isEqualTo(ok(stored));
        }

        @Test
        void esfandThirtiethExistsInLeapYearsOnly() {
            assertThat(check(birth, "1403/12/30")).isEqualTo(ok("2025-03-20"));
            assertThat(check(birth, "۱۴۰۴/۱۲/۳۰")).isEqualTo(refused(FieldReason.DATE_DAY_OUT_OF_RANGE));
            assertThat(check(birth, "1403/12/31")).isEqualTo(refused(FieldReason.DATE_DAY_OUT_OF_RANGE));
            assertThat(check(birth, "1380/07/31")).isEqualTo(refused(FieldReason.DATE_DAY_OUT_OF_RANGE));
        }

        @Test
        void aBirthDateIsNotInTheFuture() {
            assertThat(check(birth, "1405/09/06")).isEqualTo(ok("2026-11-27"));
            assertThat(check(birth, "1405/09/07")).isEqualTo(refused(FieldReason.DATE_IN_FUTURE));
            assertThat(check(birth, "1450/01/01")).isEqualTo(refused(FieldReason.DATE_IN_FUTURE));
        }

        @Test
        void aBirthDateIsNotCenturiesAgo() {
            assertThat(check(birth, "1250/01/01").reasonKey()).isEqualTo(FieldReason.DATE_TOO_EARLY.key());
        }

        @Test
        void anEffectiveDateIsWithinItsWindow() {
            assertThat(check(effective, "1405/10/01")).isEqualTo(ok("2026-12-22"));
            // 90 days before 6 Azar 1405 (2026-11-27) is 7 Shahrivar 1405 (2026-08-29); 365 days after, 6 Azar 1406
            assertThat(check(effective, "1405/06/07")).isEqualTo(ok("2026-08-29"));
            assertThat(check(effective, "1405/06/06")).isEqualTo(refused(FieldReason.DATE_TOO_EARLY, "۱۴۰۵/۰۶/۰۷"));
            assertThat(check(effective, "1406/09/06")).isEqualTo(ok("2027-11-27"));
            assertThat(check(effective, "1406/09/07")).isEqualTo(refused(FieldReason.DATE_TOO_LATE, "۱۴۰۶/۰۹/۰۶"));
        }

        @Test
        void aFieldMayRefuseThePast() {
            FieldDefinition fromToday = FieldDefinition.date("effective_date", 0, null);
            assertThat(check(fromToday, "1405/09/05")).isEqualTo(refused(FieldReason.DATE_IN_PAST));
            assertThat(check(fromToday, "1405/09/06")).isEqualTo(ok("2026-11-27"));
        }

        @Test
        void givesOneReasonPerKindOfMistake() {
            assertThat(check(birth, "1375/13/01")).isEqualTo(refused(FieldReason.DATE_MONTH_OUT_OF_RANGE));
            assertThat(check(birth, "0000/01/01")).isEqualTo(refused(FieldReason.DATE_YEAR_OUT_OF_RANGE));
            assertThat(check(birth, "75/06/21")).isEqualTo(refused(FieldReason.DATE_BAD_FORMAT));
            assertThat(check(birth, "۲۱ شهریور ۱۳۷۵")).isEqualTo(refused(FieldReason.DATE_BAD_FORMAT));
            assertThat(check(birth, "1996/09/11")).isEqualTo(refused(FieldReason.DATE_LOOKS_GREGORIAN));
            assertThat(check(birth, "۲۰۰۱/۰۱/۳۱")).isEqualTo(refused(FieldReason.DATE_LOOKS_GREGORIAN));
            assertThat(check(birth, PHOTO)).isEqualTo(refused(FieldReason.EXPECTED_DATE));
        }
    }

    @Nested
    class Choices {
        private final FieldDefinition gender = forms.of(RequestType.MANAGER_REGISTRATION).field("gender");
        private final FieldDefinition education = forms.of(RequestType.MANAGER_REGISTRATION).field("education");

        @Test
        void acceptsAButton() {
            assertThat(check(gender, new Picked("female"))).isEqualTo(ok("female"));
            assertThat(check(education, new Picked("below_diploma"))).isEqualTo(ok("below_diploma"));
        }

        @Test
        void acceptsATypedLabelOrCode() {
            assertThat(check(gender, "زن")).isEqualTo(ok("female"));
            assertThat(check(education, "كارشناسي ارشد")).isEqualTo(ok("master"));
            assertThat(check(education, "کارشناسی‌ارشد")).isEqualTo(ok("master"));
            assertThat(check(education, "MASTER")).isEqualTo(ok("master"));
        }

        @Test
        void refusesAnUnknownChoiceListingTheOptions() {
            assertThat(check(gender, new Picked("other"))).isEqualTo(refused(FieldReason.CHOICE_UNKNOWN, "مرد، زن"));
            assertThat(check(gender, "نمی‌گویم")).isEqualTo(refused(FieldReason.CHOICE_UNKNOWN, "مرد، زن"));
            assertThat(check(gender, STICKER)).isEqualTo(refused(FieldReason.EXPECTED_CHOICE));
            assertThat(check(gender, PHOTO)).isEqualTo(refused(FieldReason.EXPECTED_CHOICE));
        }
    }

    @Nested
    class MultiChoice {
        private final FieldDefinition areas = forms.of(RequestType.ESTABLISHMENT).field("activity_areas");

        @Test
        void acceptsCollectedButtonsInTheFieldsOrder() {
            assertThat(check(areas, new Picked("media,quran,book,quran"))).isEqualTo(ok("quran,book,media"));
        }

        @Test
        void acceptsTypedLabels() {
            assertThat(check(areas, "سرود، نمایش\nفیلم")).isEqualTo(ok("film,drama,song"));
            assertThat(check(areas, "قرآن و معارف,کتاب و کتاب خوانی")).isEqualTo(ok("quran,book"));
        }

        @Test
        void refusesAnUnknownItem() {
            assertThat(check(areas, "سرود، ورزش").reasonKey()).isEqualTo(FieldReason.MULTI_CHOICE_UNKNOWN.key());
            assertThat(check(areas, "سرود، ورزش").reasonArgs()[0]).isEqualTo("ورزش");
            assertThat(check(areas, new Picked("quran,sport")).reasonKey()).isEqualTo(FieldReason.MULTI_CHOICE_UNKNOWN.key());
        }

        @Test
        void refusesTooFewOrTooMany() {
            assertThat(check(areas, new Picked(""))).isEqualTo(refused(FieldReason.MULTI_CHOICE_TOO_FEW, "۱"));
            assertThat(check(areas, "،،")).isEqualTo(refused(FieldReason.EMPTY));
            FieldDefinition twoToThree = FieldDefinition.multiChoice("activity_areas", 2, 3, "quran", "book", "film", "song");
            assertThat(check(twoToThree, new Picked("quran"))).isEqualTo(refused(FieldReason.MULTI_CHOICE_TOO_FEW, "۲"));
            assertThat(check(twoToThree, new Picked("quran,book,film,song"))).isEqualTo(refused(FieldReason.MULTI_CHOICE_TOO_MANY, "۳"));
        }

        @Test
        void refusesOtherAnswers() {
            assertThat(check(areas, VOICE)).isEqualTo(refused(FieldReason.EXPECTED_CHOICE));
        }
    }

    @Nested
    class YesNo {
        private final FieldDefinition rural = FieldDefinition.yesNo("rural");

        @ParameterizedTest
        @CsvSource({"بله, yes", "آری, yes", "بلی, yes", "yes, yes", "خیر, no", "نه, no", "NO, no", "' نخیر ', no"})
        void acceptsTypedWords(String typed, String stored) {
            assertThat(check(rural, typed)).isEqualTo(ok(stored));
        }

        @Test
        void acceptsButtons() {
            assertThat(check(rural, new Picked("yes"))).isEqualTo(ok("yes"));
            assertThat(check(rural, new Picked("no"))).isEqualTo(ok("no"));
        }

        @Test
        void refusesAnythingElse() {
            assertThat(check(rural, "شاید")).isEqualTo(refused(FieldReason.EXPECTED_YES_NO));
            assertThat(check(rural, new Picked("maybe"))).isEqualTo(refused(FieldReason.EXPECTED_YES_NO));
            assertThat(check(rural, STICKER)).isEqualTo(refused(FieldReason.EXPECTED_YES_NO));
        }
    }

    @Nested
    class Regions {
        private final FieldDefinition province = FieldDefinition.province("province");
        private final FieldDefinition county = FieldDefinition.county("county", "province");
        private final Map<String, String> inMazandaran = Map.of("province", MAZANDARAN);

        @ParameterizedTest
        @ValueSource(strings = {"مازندران", " مازندران ", "مازندرا‌ن"})
        void findsTheProvinceByName(String typed) {
            assertThat(check(province, typed)).isEqualTo(ok(MAZANDARAN));
        }

        @Test
        void acceptsAProvinceButton() {
            assertThat(check(province, new Picked(MAZANDARAN))).isEqualTo(ok(MAZANDARAN));
            assertThat(check(province, new Picked("99"))).isEqualTo(refused(FieldReason.REGION_NOT_OFFERED));
        }

        @Test
        void aTypedNumberIsNotAProvince() {
            assertThat(check(province, "۲")).isEqualTo(refused(FieldReason.PROVINCE_NOT_FOUND, "۲"));
            assertThat(check(province, "02")).isEqualTo(refused(FieldReason.PROVINCE_NOT_FOUND, "۰۲"));
        }

        @Test
        void suggestsUpToThreeSimilarProvinces() {
            assertThat(check(province, "مازندرن")).isEqualTo(refused(FieldReason.PROVINCE_NOT_FOUND_SUGGEST, "مازندرن", "«مازندران»"));
            assertThat(check(province, "آذربایجان"))
                    .isEqualTo(refused(FieldReason.PROVINCE_NOT_FOUND_SUGGEST, "آذربایجان", "«آذربایجان شرقی»، «آذربایجان غربی»"));
            assertThat(check(province, "خوزستان")).isEqualTo(refused(FieldReason.PROVINCE_NOT_FOUND, "خوزستان"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"قایم شهر", "قائم‌شهر", "قائم شهر", "قائمشهر", "قايم شهر"})
        void findsTheCountyInTheProvinceAnsweredBefore(String typed) {
            assertThat(validator.validate(county, new Typed(typed), inMazandaran)).isEqualTo(ok(QAEM_SHAHR));
        }

        @Test
        void refusesACountyOfAnotherProvince() {
            assertThat(validator.validate(county, new Typed("گرگان"), inMazandaran))
                    .isEqualTo(refused(FieldReason.COUNTY_IN_OTHER_PROVINCE, "گرگان", "گلستان", "مازندران"));
            assertThat(validator.validate(county, new Picked(TestRegions.GORGAN), inMazandaran))
                    .isEqualTo(refused(FieldReason.REGION_NOT_OFFERED));
        }

        @Test
        void suggestsSimilarCountiesOfTheProvince() {
            assertThat(validator.validate(county, new Typed("نو"), inMazandaran))
                    .isEqualTo(refused(FieldReason.COUNTY_NOT_FOUND_SUGGEST, "نو", "مازندران", "«نور»، «نوشهر»"));
            assertThat(validator.validate(county, new Typed("اصفهان"), inMazandaran))
                    .isEqualTo(refused(FieldReason.COUNTY_NOT_FOUND, "اصفهان", "مازندران"));
        }

        @Test
        void acceptsACountyButtonOfTheProvince() {
            assertThat(validator.validate(county, new Picked(QAEM_SHAHR), inMazandaran)).isEqualTo(ok(QAEM_SHAHR));
        }

        @Test
        void needsTheProvinceFirst() {
            assertThat(validator.validate(county, new Typed("ساری"), Map.of())).isEqualTo(refused(FieldReason.COUNTY_PROVINCE_FIRST));
            assertThat(validator.validate(county, new Typed("ساری"), Map.of("province", "99")))
                    .isEqualTo(refused(FieldReason.COUNTY_PROVINCE_FIRST));
        }

        @Test
        void refusesOtherAnswers() {
            assertThat(check(province, TEHRAN_LOCATION)).isEqualTo(refused(FieldReason.EXPECTED_REGION));
            assertThat(validator.validate(county, STICKER, inMazandaran)).isEqualTo(refused(FieldReason.EXPECTED_REGION));
            assertThat(check(province, "   ")).isEqualTo(refused(FieldReason.EMPTY));
        }
    }

    @Nested
    class PickedFromAList {
        private final FieldDefinition kanoon = FieldDefinition.kanoon("kanoon");
        private final FieldDefinition mosque = FieldDefinition.mosque("mosque");

        @Test
        void acceptsAnOfferedId() {
            assertThat(validator.validate(kanoon, new Picked("42"), Map.of(), List.of("41", "42"))).isEqualTo(ok("42"));
            assertThat(validator.validate(mosque, new Picked("7"), Map.of(), List.of("7"))).isEqualTo(ok("7"));
        }

        @Test
        void refusesAnIdNotOffered() {
            assertThat(validator.validate(kanoon, new Picked("43"), Map.of(), List.of("41", "42")))
                    .isEqualTo(refused(FieldReason.PICK_NOT_OFFERED));
            assertThat(check(kanoon, new Picked("42"))).isEqualTo(refused(FieldReason.PICK_NOT_OFFERED));
        }

        @Test
        void refusesTypedTextAndOtherAnswers() {
            assertThat(validator.validate(kanoon, new Typed("42"), Map.of(), List.of("42"))).isEqualTo(refused(FieldReason.EXPECTED_PICK));
            assertThat(validator.validate(mosque, PHOTO, Map.of(), List.of("7"))).isEqualTo(refused(FieldReason.EXPECTED_PICK));
        }
    }

    @Nested
    class Locations {
        private final FieldDefinition location = FieldDefinition.location("location").optional();

        @Test
        void storesLatitudeCommaLongitude() {
            assertThat(check(location, TEHRAN_LOCATION)).isEqualTo(ok("35.6997,51.338"));
            assertThat(check(location, new Location(36.4676543219, 52.8632101))).isEqualTo(ok("36.467654,52.86321"));
        }

        @Test
        void refusesALocationOutsideIran() {
            assertThat(check(location, new Location(48.8566, 2.3522))).isEqualTo(refused(FieldReason.LOCATION_OUTSIDE_IRAN));
            assertThat(check(location, new Location(Double.NaN, 51))).isEqualTo(refused(FieldReason.LOCATION_OUTSIDE_IRAN));
        }

        @Test
        void refusesOtherAnswers() {
            assertThat(check(location, "خیابان انقلاب")).isEqualTo(refused(FieldReason.EXPECTED_LOCATION));
            assertThat(check(location, PHOTO)).isEqualTo(refused(FieldReason.EXPECTED_LOCATION));
        }
    }

    @Nested
    class Files {
        private final FieldDefinition photo = FieldDefinition.photo("photo");
        private final FieldDefinition document = FieldDefinition.document("document");

        @Test
        void aPhotoIsAPhotoOrAnImageFile() {
            assertThat(check(photo, PHOTO)).isEqualTo(ok("AgADphoto"));
            assertThat(check(photo, new File("BQADpng", "mosque.png", "image/png", 2_000_000L, false))).isEqualTo(ok("BQADpng"));
            assertThat(check(photo, PDF)).isEqualTo(refused(FieldReason.FILE_NOT_IMAGE));
            assertThat(check(photo, new File("BQADx", "x.jpg", null, null, false))).isEqualTo(refused(FieldReason.FILE_NOT_IMAGE));
        }

        @Test
        void aDocumentIsAFileOrAPhotoOfOne() {
            assertThat(check(document, PDF)).isEqualTo(ok("BQADdoc"));
            assertThat(check(document, PHOTO)).isEqualTo(ok("AgADphoto"));
            assertThat(check(document, new File("BQADy", "y", null, null, false))).isEqualTo(ok("BQADy"));
            assertThat(check(document, new File("AwADv", "v.mp3", "audio/mpeg", 1000L, false)))
                    .isEqualTo(refused(FieldReason.FILE_TYPE_NOT_ALLOWED));
            assertThat(check(document, new File("BAADv", "v.mp4", "video/mp4", 1000L, false)))
                    .isEqualTo(refused(FieldReason.FILE_TYPE_NOT_ALLOWED));
        }

        @Test
        void refusesFilesTheBotCannotFetch() {
            File big = new File("BQADbig", "big.pdf", "application/pdf", FieldValidator.MAX_FILE_BYTES + 1, false);
            assertThat(check(document, big)).isEqualTo(refused(FieldReason.FILE_TOO_LARGE, "۲۰"));
            assertThat(check(document, new File("BQADok", "ok.pdf", "application/pdf", FieldValidator.MAX_FILE_BYTES, false)))
                    .isEqualTo(ok("BQADok"));
        }

        @Test
        void refusesTextAndStickers() {
            assertThat(check(photo, "عکس ندارم")).isEqualTo(refused(FieldReason.EXPECTED_PHOTO));
            assertThat(check(photo, STICKER)).isEqualTo(refused(FieldReason.EXPECTED_PHOTO));
            assertThat(check(document, "نامه")).isEqualTo(refused(FieldReason.EXPECTED_DOCUMENT));
        }
    }

    @Nested
    class PostalCodes {
        private final FieldDefinition postal = FieldDefinition.postalCode("postal_code");

        @ParameterizedTest
        @ValueSource(strings = {"1234567890", "۱۲۳۴۵-۶۷۸۹۰", "١٢٣٤٥ ٦٧٨٩٠"})
        void acceptsTenDigits(String typed) {
            assertThat(check(postal, typed)).isEqualTo(ok("1234567890"));
        }

        @Test
        void givesOneReasonPerKindOfMistake() {
            assertThat(check(postal, "123456789")).isEqualTo(refused(FieldReason.POSTAL_CODE_WRONG_LENGTH));
            assertThat(check(postal, "کد پستی")).isEqualTo(refused(FieldReason.POSTAL_CODE_NOT_DIGITS));
            assertThat(check(postal, PHOTO)).isEqualTo(refused(FieldReason.EXPECTED_TEXT));
        }
    }

    /** Whatever is sent, to whichever field of whichever form: an answer, never an exception. */
    @Test
    void neverThrowsOnWhatAPersonSends() {
        List<RawAnswer> answers = List.of(new Typed(""), new Typed("\u200C"), new Typed("؟!"), new Typed("x".repeat(5000)),
                new Typed("1403/12/30"), new Typed("۲"), new Contact("", true), new Contact("abc", false),
                new Location(0, 0), new Location(Double.POSITIVE_INFINITY, -1), new File("", null, null, -1L, false),
                new Picked(""), new Picked(",,"), new Picked("quran"), new Skip(), STICKER, VOICE);
        forms.all().stream().flatMap(f -> f.fields().stream()).forEach(field -> Stream.of(Map.<String, String>of(), Map.of("province", MAZANDARAN))
                .forEach(so -> answers.forEach(answer -> {
                    FieldResult result = validator.validate(field, answer, so);
                    assertThat(result.valid() ? result.value() != null || result.isSkipped() : messages.reason(result) != null)
                            .as("%s ← %s", field.key(), answer).isTrue();
                })));
    }
}
