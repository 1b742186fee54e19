package ir.kanoonyar.db.persian;

import ir.kanoonyar.db.persian.ParseResult.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackingCodeTest {

    private static final String VALID = "123456789010";

    @Test
    void generatesTwelveDigitsWithoutLeadingZeroThatPassTheirOwnCheck() {
        for (int i = 0; i < 10_000; i++) {
            String code = TrackingCode.generate();

            assertThat(code).matches("[1-9][0-9]{11}");
            assertThat(TrackingCode.isValid(code)).as(code).isTrue();
        }
    }

    @Test
    void collisionsAreAsRareAsElevenRandomDigitsMakeThem() {
        // 100,000 codes out of 9·10^10 collide 0.06 times on average (the birthday bound): the
        // database's unique key catches those. A weak generator would collide by the thousands.
        Set<String> codes = new HashSet<>();
        IntStream.range(0, 100_000).forEach(i -> codes.add(TrackingCode.generate()));

        assertThat(100_000 - codes.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void generatesEveryDigitInEveryRandomPosition() {
        boolean[][] seen = new boolean[TrackingCode.LENGTH - 1][10];
        for (int i = 0; i < 2_000; i++) {
            String code = TrackingCode.generate();
            for (int position = 0; position < TrackingCode.LENGTH - 1; position++) {
                seen[position][code.charAt(position) - '0'] = true;
            }
        }
        for (int position = 0; position < TrackingCode.LENGTH - 1; position++) {
            for (int digit = position == 0 ? 1 : 0; digit <= 9; digit++) {
                assertThat(seen[position][digit]).as("digit %d at position %d", digit, position).isTrue();
            }
        }
    }

    @Test
    void checkDigitCatchesEverySingleDigitSubstitution() {
        for (int i = 0; i < 2_000; i++) {
            String code = TrackingCode.generate();
            for (int position = 0; position < code.length(); position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit == code.charAt(position)) {
                        continue;
                    }
                    String typo = code.substring(0, position) + digit + code.substring(position + 1);
                    assertThat(TrackingCode.parse(typo)).as("%s typed as %s", code, typo)
                            .isEqualTo(ParseResult.invalid(Reason.BAD_CHECKSUM));
                }
            }
        }
    }

    @Test
    void checkDigitCatchesEveryAdjacentTransposition() {
        for (int i = 0; i < 2_000; i++) {
            String code = TrackingCode.generate();
            for (int position = 0; position + 1 < code.length(); position++) {
                char left = code.charAt(position);
                char right = code.charAt(position + 1);
                if (left == right) {
                    continue;
                }
                String swapped = code.substring(0, position) + right + left + code.substring(position + 2);
                assertThat(TrackingCode.isValid(swapped)).as("%s typed as %s", code, swapped).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789010", "1234-5678-9010", "۱۲۳۴-۵۶۷۸-۹۰۱۰", "١٢٣٤ ٥٦٧٨ ٩٠١٠", " 1234 5678 9010 "})
    void acceptsCodesAsPeopleTypeThem(String typed) {
        assertThat(TrackingCode.isValid(typed)).isTrue();
        assertThat(TrackingCode.parse(typed)).isEqualTo(ParseResult.valid(VALID));
    }

    @Test
    void acceptsAGeneratedCodeTypedBackFromItsPersianDisplay() {
        String code = TrackingCode.generate();
        String shown = PersianText.toPersianDigits(TrackingCode.display(code));

        assertThat(TrackingCode.parse(shown)).isEqualTo(ParseResult.valid(code));
    }

    @Test
    void rejectsCodesWithAReason() {
        assertThat(TrackingCode.parse("123456789011")).isEqualTo(ParseResult.invalid(Reason.BAD_CHECKSUM));
        assertThat(TrackingCode.parse("12345678901")).isEqualTo(ParseResult.invalid(Reason.WRONG_LENGTH));
        assertThat(TrackingCode.parse("1234567890100")).isEqualTo(ParseResult.invalid(Reason.WRONG_LENGTH));
        assertThat(TrackingCode.parse("1234.5678.9010")).isEqualTo(ParseResult.invalid(Reason.NOT_DIGITS));
        assertThat(TrackingCode.parse("KY-123456789010")).isEqualTo(ParseResult.invalid(Reason.NOT_DIGITS));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" - "})
    void rejectsEmptyInput(String typed) {
        assertThat(TrackingCode.parse(typed)).isEqualTo(ParseResult.invalid(Reason.EMPTY));
        assertThat(TrackingCode.isValid(typed)).isFalse();
    }

    @Test
    void normalizeGivesTheStoredFormWithoutChecking() {
        assertThat(TrackingCode.normalize("۱۲۳۴-۵۶۷۸ ۹۰۱۰")).isEqualTo("123456789010");
        assertThat(TrackingCode.normalize("1234-5678-9011")).isEqualTo("123456789011");
        assertThat(TrackingCode.normalize(null)).isEmpty();
    }

    @Test
    void displaysInGroupsOfFour() {
        assertThat(TrackingCode.display(VALID)).isEqualTo("1234-5678-9010");
        assertThat(TrackingCode.display("۱۲۳۴ ۵۶۷۸ ۹۰۱۰")).isEqualTo("1234-5678-9010");
    }

    @Test
    void refusesToDisplayAnInvalidCode() {
        assertThatThrownBy(() -> TrackingCode.display("123456789011"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BAD_CHECKSUM");
    }
}
