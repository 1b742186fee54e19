package ir.kanoonyar.db.persian;

import ir.kanoonyar.db.persian.ParseResult.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NationalCodeTest {

    /** The rule in docs/domain.md, written again here so the test does not trust the code under test. */
    private static boolean checksumHolds(String code) {
        int sum = 0;
        for (int i = 0; i <= 8; i++) {
            sum += Character.getNumericValue(code.charAt(i)) * (10 - i);
        }
        int r = sum % 11;
        int last = Character.getNumericValue(code.charAt(9));
        return r < 2 ? last == r : last == 11 - r;
    }

    @ParameterizedTest
    @ValueSource(strings = {"0499370899", "0790419904", "0084575948"})
    void acceptsKnownValidCodesWithLeadingZeros(String code) {
        assertThat(checksumHolds(code)).as("the rule itself accepts %s", code).isTrue();

        assertThat(NationalCode.parse(code)).isEqualTo(ParseResult.valid(code));
    }

    @Test
    void acceptsCodesMadeByTheRuleAndRejectsEveryOtherLastDigit() {
        Random random = new Random(42);
        for (int n = 0; n < 2_000; n++) {
            String prefix = String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000));
            for (int last = 0; last <= 9; last++) {
                String code = prefix + last;
                if (code.chars().distinct().count() == 1) {
                    continue;
                }
                ParseResult<String> expected = checksumHolds(code)
                        ? ParseResult.valid(code)
                        : ParseResult.invalid(Reason.BAD_CHECKSUM);
                assertThat(NationalCode.parse(code)).as(code).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            "84575948, 0084575948",
            "499370899, 0499370899",
            "790419904, 0790419904"
    })
    void padsEightOrNineDigitsWithLeadingZeros(String typed, String code) {
        assertThat(NationalCode.parse(typed)).isEqualTo(ParseResult.valid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"۰۴۹۹۳۷۰۸۹۹", "٠٤٩٩٣٧٠٨٩٩", " 049-937089-9 ", "0499 370 899", "\u202A0499370899\u202C"})
    void acceptsPersianAndArabicDigitsSpacesAndDashes(String typed) {
        assertThat(NationalCode.parse(typed)).isEqualTo(ParseResult.valid("0499370899"));
    }

    @Test
    void rejectsTenEqualDigitsThoughTheyPassTheChecksum() {
        for (char digit = '0'; digit <= '9'; digit++) {
            String code = String.valueOf(digit).repeat(10);
            assertThat(checksumHolds(code)).as("the rule alone accepts %s", code).isTrue();

            assertThat(NationalCode.parse(code)).as(code).isEqualTo(ParseResult.invalid(Reason.ALL_SAME));
        }
        assertThat(NationalCode.parse("1111111111")).isEqualTo(ParseResult.invalid(Reason.ALL_SAME));
        assertThat(NationalCode.parse("00000000")).isEqualTo(ParseResult.invalid(Reason.ALL_SAME));
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThat(NationalCode.parse("0499370898")).isEqualTo(ParseResult.invalid(Reason.BAD_CHECKSUM));
        assertThat(NationalCode.isValid("0499370898")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "12345678901", "0"})
    void rejectsFewerThanEightOrMoreThanTenDigits(String typed) {
        assertThat(NationalCode.parse(typed)).isEqualTo(ParseResult.invalid(Reason.WRONG_LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"04993a0899", "0499.370.899", "کد ملی"})
    void rejectsAnythingButDigits(String typed) {
        assertThat(NationalCode.parse(typed)).isEqualTo(ParseResult.invalid(Reason.NOT_DIGITS));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " - "})
    void rejectsEmptyInput(String typed) {
        assertThat(NationalCode.parse(typed)).isEqualTo(ParseResult.invalid(Reason.EMPTY));
    }
}
