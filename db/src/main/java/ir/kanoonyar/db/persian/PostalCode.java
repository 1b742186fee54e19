package ir.kanoonyar.db.persian;

import ir.kanoonyar.db.persian.ParseResult.Reason;

/** The Iranian postal code (کد پستی): ten digits, often typed as 12345-67890. */
public final class PostalCode {

    public static final int LENGTH = 10;

    private PostalCode() {
    }

    /**
     * Checks typed input: Persian or Arabic digits, spaces and dashes are accepted.
     *
     * @return the ten ASCII digits, or one of EMPTY, NOT_DIGITS, WRONG_LENGTH
     */
    public static ParseResult<String> parse(String input) {
        String digits = PersianText.withoutSpacesOrDashes(input);
        if (digits.isEmpty()) {
            return ParseResult.invalid(Reason.EMPTY);
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return ParseResult.invalid(Reason.NOT_DIGITS);
        }
        if (digits.length() != LENGTH) {
            return ParseResult.invalid(Reason.WRONG_LENGTH);
        }
        return ParseResult.valid(digits);
    }

    public static boolean isValid(String input) {
        return parse(input).isValid();
    }
}
