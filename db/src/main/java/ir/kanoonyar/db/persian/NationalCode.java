package ir.kanoonyar.db.persian;

import ir.kanoonyar.db.persian.ParseResult.Reason;

/**
 * The Iranian national code (کد ملی): ten digits, the last a check digit.
 *
 * <p>Codes of the older provinces start with zeros, which people (and spreadsheets) drop, so
 * eight or nine digits are padded back to ten.
 */
public final class NationalCode {

    public static final int LENGTH = 10;
    private static final int SHORTEST_TYPED = 8;

    private NationalCode() {
    }

    /**
     * Checks typed input: Persian or Arabic digits, spaces and dashes are accepted.
     *
     * @return the ten ASCII digits, or one of EMPTY, NOT_DIGITS, WRONG_LENGTH, ALL_SAME, BAD_CHECKSUM
     */
    public static ParseResult<String> parse(String input) {
        String digits = PersianText.withoutSpacesOrDashes(input);
        if (digits.isEmpty()) {
            return ParseResult.invalid(Reason.EMPTY);
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return ParseResult.invalid(Reason.NOT_DIGITS);
        }
        if (digits.length() < SHORTEST_TYPED || digits.length() > LENGTH) {
            return ParseResult.invalid(Reason.WRONG_LENGTH);
        }
        String code = "0".repeat(LENGTH - digits.length()) + digits;
        // Ten equal digits pass the checksum, yet are placeholders, never issued.
        if (code.chars().allMatch(c -> c == code.charAt(0))) {
            return ParseResult.invalid(Reason.ALL_SAME);
        }
        if (code.charAt(LENGTH - 1) - '0' != checkDigit(code)) {
            return ParseResult.invalid(Reason.BAD_CHECKSUM);
        }
        return ParseResult.valid(code);
    }

    public static boolean isValid(String input) {
        return parse(input).isValid();
    }

    /** The check digit for the first nine digits: s = Σ d[i]·(10−i), r = s mod 11, r if r < 2 else 11 − r. */
    static int checkDigit(String code) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (code.charAt(i) - '0') * (LENGTH - i);
        }
        int remainder = sum % 11;
        return remainder < 2 ? remainder : 11 - remainder;
    }
}
