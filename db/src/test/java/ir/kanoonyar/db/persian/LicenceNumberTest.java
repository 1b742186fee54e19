package ir.kanoonyar.db.persian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import ir.kanoonyar.db.persian.ParseResult.Reason;
import org.junit.jupiter.api.Test;

class LicenceNumberTest {

    @Test
    void aNewNumberIsTheProvinceTheYearAndARandomPartWithItsCheckDigit() {
        String number = LicenceNumber.generate("00", 1405);

        assertThat(number).matches("00-1405-[0-9]{4}-[0-9]{4}");
        assertThat(VerhoeffCheckDigit.isValid(number.replace("-", ""))).isTrue();
        assertThat(LicenceNumber.parse(number).value()).isEqualTo(number);
    }

    @Test
    void numbersDrawnOneAfterAnotherDoNotFollowEachOther() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            drawn.add(LicenceNumber.generate("23", 1405));
        }
        // Fifty draws from nine million: a repeat would mean the random part is not random.
        assertThat(drawn).hasSize(50);
    }

    @Test
    void aNumberIsAcceptedAsPeopleTypeIt() {
        String number = LicenceNumber.generate("07", 1404);

        assertThat(LicenceNumber.parse(PersianText.toPersianDigits(number)).value()).isEqualTo(number);
        assertThat(LicenceNumber.parse(toArabicDigits(number)).value()).isEqualTo(number);
        assertThat(LicenceNumber.parse(" " + number.replace("-", " ") + " ").value()).isEqualTo(number);
        assertThat(LicenceNumber.parse(number.replace("-", "")).value()).isEqualTo(number);
        assertThat(LicenceNumber.parse(number.replace('-', '\u2010')).value()).isEqualTo(number);
    }

    @Test
    void aMistypedDigitOrTwoSwappedDigitsAreNotValidWithoutALookup() {
        String number = LicenceNumber.generate("00", 1405);
        char last = number.charAt(number.length() - 1);
        String wrongCheck = number.substring(0, number.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        String wrongProvince = "01" + number.substring(2);

        assertThat(LicenceNumber.parse(wrongCheck).reason()).isEqualTo(Reason.BAD_CHECKSUM);
        assertThat(LicenceNumber.parse(wrongProvince).reason()).isEqualTo(Reason.BAD_CHECKSUM);
        String digits = number.replace("-", "");
        for (int i = 0; i + 1 < digits.length(); i++) {
            if (digits.charAt(i) != digits.charAt(i + 1)) {
                String swapped = digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2);
                assertThat(LicenceNumber.parse(swapped).reason()).as(swapped).isEqualTo(Reason.BAD_CHECKSUM);
            }
        }
    }

    @Test
    void numbersIssuedBeforeKeepTheirStoredForm() {
        assertThat(LicenceNumber.parse("00-1405-000123").value()).isEqualTo("00-1405-000123");
        assertThat(LicenceNumber.parse("۰۰-۱۴۰۵-۰۰۰۱۲۳").value()).isEqualTo("00-1405-000123");
        assertThat(LicenceNumber.parse("DEMO-00-0001").value()).isEqualTo("DEMO-00-0001");
    }

    @Test
    void anythingElseIsRefusedWithItsReason() {
        assertThat(LicenceNumber.parse(null).reason()).isEqualTo(Reason.EMPTY);
        assertThat(LicenceNumber.parse(" - ").reason()).isEqualTo(Reason.EMPTY);
        assertThat(LicenceNumber.parse("00-1405-424242424").reason()).isEqualTo(Reason.WRONG_LENGTH);
        assertThat(LicenceNumber.parse("1".repeat(33)).reason()).isEqualTo(Reason.WRONG_LENGTH);
    }

    @Test
    void onlyAProvinceCodeAndAFourDigitYearMakeANumber() {
        assertThatThrownBy(() -> LicenceNumber.generate("0", 1405)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LicenceNumber.generate("00", 405)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String toArabicDigits(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return out.toString();
    }
}
