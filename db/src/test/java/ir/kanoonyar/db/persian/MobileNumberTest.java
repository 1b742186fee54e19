package ir.kanoonyar.db.persian;

import ir.kanoonyar.db.persian.ParseResult.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "09121234567",
            "+989121234567",
            "00989121234567",
            "9121234567",
            "۰۹۱۲۱۲۳۴۵۶۷",
            "٠٩١٢١٢٣٤٥٦٧",
            "+98 912 123 4567",
            "0912-123-4567",
            " 0912 123 45 67 ",
            "\u202A+98 912 123 4567\u202C"
    })
    void acceptsEveryWayPeopleTypeANumberAndStoresItAs09(String typed) {
        assertThat(MobileNumber.parse(typed)).isEqualTo(ParseResult.valid("09121234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"989121234567", "98 912 123 4567"})
    void acceptsCountryCodeWithoutPlusAsSomeTelegramClientsShareContacts(String shared) {
        assertThat(MobileNumber.parse(shared)).isEqualTo(ParseResult.valid("09121234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"08112345678", "02188776655", "8112345678", "+14155552671", "+9809121234567", "0044912123456"})
    void rejectsLandlinesAndForeignNumbers(String typed) {
        assertThat(MobileNumber.parse(typed)).isEqualTo(ParseResult.invalid(Reason.NOT_MOBILE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912123456", "091212345678", "912", "+98912123456", "98912123456"})
    void rejectsTooFewOrTooManyDigits(String typed) {
        assertThat(MobileNumber.parse(typed)).isEqualTo(ParseResult.invalid(Reason.WRONG_LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912abc4567", "09+121234567", "(0912) 1234567", "شماره"})
    void rejectsAnythingButDigitsAndALeadingPlus(String typed) {
        assertThat(MobileNumber.parse(typed)).isEqualTo(ParseResult.invalid(Reason.NOT_DIGITS));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsEmptyInput(String typed) {
        assertThat(MobileNumber.parse(typed)).isEqualTo(ParseResult.invalid(Reason.EMPTY));
        assertThat(MobileNumber.isValid(typed)).isFalse();
    }
}
