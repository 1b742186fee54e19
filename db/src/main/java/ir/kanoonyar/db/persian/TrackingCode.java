package ir.kanoonyar.db.persian;

import ir.kanoonyar.db.persian.ParseResult.Reason;

import java.security.SecureRandom;

/**
 * The tracking code (کد رهگیری) a person is given for a request: twelve digits, eleven random and
 * one Verhoeff check digit, shown as {@code 1234-5678-9012}.
 *
 * <p>Digits only, because they are read aloud over the phone and typed on Persian keyboards. Random
 * rather than sequential, so that one code does not reveal another or how many requests there
 * are. The check digit lets the bot tell a typo from an unknown code without asking the database.
 */
public final class TrackingCode {

    public static final int LENGTH = 12;
    private static final int GROUP = 4;

    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCode() {
    }

    /**
     * A new random code. Codes are not guaranteed unique (about 9·10^10 possibilities): the
     * database's unique key is, and the caller draws again on a clash.
     */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        // Never a leading zero, which spreadsheets and number fields would drop.
        code.append(1 + RANDOM.nextInt(9));
        while (code.length() < LENGTH - 1) {
            code.append(RANDOM.nextInt(10));
        }
        return code.append(VerhoeffCheckDigit.compute(code.toString())).toString();
    }

    /**
     * Checks a code as typed: Persian or Arabic digits, spaces and dashes are accepted.
     *
     * @return the twelve ASCII digits, or one of EMPTY, NOT_DIGITS, WRONG_LENGTH, BAD_CHECKSUM
     */
    public static ParseResult<String> parse(String input) {
        String digits = normalize(input);
        if (digits.isEmpty()) {
            return ParseResult.invalid(Reason.EMPTY);
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return ParseResult.invalid(Reason.NOT_DIGITS);
        }
        if (digits.length() != LENGTH) {
            return ParseResult.invalid(Reason.WRONG_LENGTH);
        }
        if (!VerhoeffCheckDigit.isValid(digits)) {
            return ParseResult.invalid(Reason.BAD_CHECKSUM);
        }
        return ParseResult.valid(digits);
    }

    public static boolean isValid(String input) {
        return parse(input).isValid();
    }

    /**
     * The stored form of what was typed: ASCII digits, no spaces or dashes. It does not check the
     * code; use {@link #parse} for that.
     *
     * @return "" for null
     */
    public static String normalize(String input) {
        return PersianText.withoutSpacesOrDashes(input);
    }

    /**
     * {@code 123456789012} (or any typed form of a valid code) as {@code 1234-5678-9012}, with ASCII
     * digits; pass it through {@link PersianText#toPersianDigits} for Persian text.
     *
     * @throws IllegalArgumentException if the code is not valid
     */
    public static String display(String code) {
        ParseResult<String> parsed = parse(code);
        if (!parsed.isValid()) {
            throw new IllegalArgumentException("Not a tracking code (" + parsed.reason() + "): " + code);
        }
        String digits = parsed.value();
        return digits.substring(0, GROUP) + "-" + digits.substring(GROUP, 2 * GROUP) + "-" + digits.substring(2 * GROUP);
    }

    /**
     * A code as people read it inside a Persian sentence: grouped, Persian digits, isolated left to
     * right (U+2066…U+2069), since its dash-separated groups would otherwise show in reverse order. A
     * string that is not a valid code is shown as it is.
     */
    public static String inText(String code) {
        String shown = isValid(code) ? display(code) : code;
        return "\u2066" + PersianText.toPersianDigits(shown) + "\u2069";
    }
}
