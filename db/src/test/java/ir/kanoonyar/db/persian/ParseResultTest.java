package ir.kanoonyar.db.persian;

import ir.kanoonyar.db.persian.ParseResult.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParseResultTest {

    @Test
    void validResultHoldsItsValueAndNoReason() {
        ParseResult<String> result = ParseResult.valid("0912");

        assertThat(result.isValid()).isTrue();
        assertThat(result.value()).isEqualTo("0912");
        assertThat(result.toOptional()).contains("0912");
        assertThatThrownBy(result::reason).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void invalidResultHoldsItsReasonAndNoValue() {
        ParseResult<String> result = ParseResult.invalid(Reason.WRONG_LENGTH);

        assertThat(result.isValid()).isFalse();
        assertThat(result.reason()).isEqualTo(Reason.WRONG_LENGTH);
        assertThat(result.toOptional()).isEmpty();
        assertThatThrownBy(result::value)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WRONG_LENGTH");
    }

    @Test
    void resultsWithTheSameContentAreEqual() {
        assertThat(ParseResult.valid("a")).isEqualTo(ParseResult.valid("a")).isNotEqualTo(ParseResult.valid("b"));
        assertThat(ParseResult.invalid(Reason.EMPTY)).isEqualTo(ParseResult.invalid(Reason.EMPTY))
                .isNotEqualTo(ParseResult.invalid(Reason.NOT_DIGITS));
    }

    @Test
    void neitherValueNorReasonMayBeNull() {
        assertThatThrownBy(() -> ParseResult.valid(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ParseResult.invalid(null)).isInstanceOf(NullPointerException.class);
    }
}
