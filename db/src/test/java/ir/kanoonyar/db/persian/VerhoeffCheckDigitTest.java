package ir.kanoonyar.db.persian;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VerhoeffCheckDigitTest {

    /** Published examples of Verhoeff's scheme, to show the tables are the right ones. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"236, 3", "12345, 1", "142857, 0", "12345678901, 0"})
    void computesThePublishedCheckDigits(String digits, int check) {
        assertThat(VerhoeffCheckDigit.compute(digits)).isEqualTo(check);
        assertThat(VerhoeffCheckDigit.isValid(digits + check)).isTrue();
    }

    @Test
    void acceptsOnlyTheOneRightCheckDigit() {
        for (int check = 0; check <= 9; check++) {
            assertThat(VerhoeffCheckDigit.isValid("236" + check)).as("236%d", check).isEqualTo(check == 3);
        }
    }

    @Test
    void rejectsEmptyDigits() {
        assertThat(VerhoeffCheckDigit.isValid("")).isFalse();
    }
}
