package ir.kanoonyar.db.persian;

import ir.kanoonyar.db.persian.ParseResult.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostalCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"1315743611", "13157-43611", "۱۳۱۵۷-۴۳۶۱۱", "١٣١٥٧ ٤٣٦١١", " 1315743611 "})
    void acceptsTenDigitsTypedInAnyDigitsWithSpacesOrDashes(String typed) {
        assertThat(PostalCode.parse(typed)).isEqualTo(ParseResult.valid("1315743611"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"131574361", "13157436111", "1"})
    void rejectsOtherThanTenDigits(String typed) {
        assertThat(PostalCode.parse(typed)).isEqualTo(ParseResult.invalid(Reason.WRONG_LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13157_43611", "1315743a11", "کد پستی"})
    void rejectsAnythingButDigits(String typed) {
        assertThat(PostalCode.parse(typed)).isEqualTo(ParseResult.invalid(Reason.NOT_DIGITS));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsEmptyInput(String typed) {
        assertThat(PostalCode.parse(typed)).isEqualTo(ParseResult.invalid(Reason.EMPTY));
        assertThat(PostalCode.isValid(typed)).isFalse();
    }
}
