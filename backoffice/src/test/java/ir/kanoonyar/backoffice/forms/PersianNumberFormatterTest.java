package ir.kanoonyar.backoffice.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PersianNumberFormatterTest {

    private final PersianNumberFormatter formatter = new PersianNumberFormatter();

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(delimiter = '|', value = {
            "70|70",
            "۷۰|70",
            "٧٠|70",
            "۷0|70",
            " ۱۲ |12",
            "\u200F۶۰\u200E|60",
            "۱٬۰۰۰|1000",
            "۱،۲۵۰،۰۰۰|1250000",
            "1,000|1000",
            "۱ ۰۰۰|1000",
            "−۵|-5",
            "-5|-5",
            "۰|0"})
    void readsWholeNumbersInAnyDigitsAndSeparators(String typed, int expected) throws ParseException {
        assertThat(formatter.parse(typed, Locale.ROOT)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "«{0}» is refused")
    @ValueSource(strings = {"x", "هفتاد", "۷۰a", "۱٫۵", "1.5", "۱,۰۰", "1,00,000", "۱٬۰۰۰,۰۰۰", "--5", "99999999999", "۵-"})
    void refusesWhatIsNotAWholeNumber(String typed) {
        assertThatThrownBy(() -> formatter.parse(typed, Locale.ROOT)).isInstanceOf(ParseException.class);
    }

    @Test
    void printsPersianDigitsThatItReadsBack() throws ParseException {
        assertThat(formatter.print(1250, Locale.ROOT)).isEqualTo("۱۲۵۰");
        assertThat(formatter.print(-5, Locale.ROOT)).isEqualTo("−۵");
        assertThat(formatter.parse(formatter.print(-1250, Locale.ROOT), Locale.ROOT)).isEqualTo(-1250);
    }
}
