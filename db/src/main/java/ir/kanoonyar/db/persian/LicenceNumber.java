package ir.kanoonyar.db.persian;

import java.security.SecureRandom;
import java.util.Locale;

import ir.kanoonyar.db.persian.ParseResult.Reason;

/**
 * A kanoon licence's number (شماره مجوز), printed on the licence and its QR code and checked by anyone
 * on the public verification page: {@code PP-YYYY-RRRR-RRRC}, the province code, the Jalali year of
 * issue, seven random digits and a Verhoeff check digit over all thirteen before it.
 *
 * <p>Random rather than the row id, so that one licence's number does not lead to the next one's (the
 * public page would otherwise list every kanoon in the country by counting). The check digit lets the
 * page tell a typo, in any of the groups, from an unknown number without asking the database.
 *
 * <p>Numbers issued before had the row id as their last group ({@code PP-YYYY-NNNNNN}, twelve digits);
 * the demo licence is {@code DEMO-00-0001}. Both keep verifying: {@link #parse} gives them back as stored.
 */
public final class LicenceNumber {

    private static final int RANDOM_DIGITS = 7;
    /** Province code (2), year (4), random part and its check digit. */
    private static final int DIGITS = 2 + 4 + RANDOM_DIGITS + 1;
    /** The earlier, id-based numbers: province code, year, six-digit row id. */
    private static final int LEGACY_DIGITS = 2 + 4 + 6;
    /** The column's width: nothing longer was ever stored. */
    private static final int MAX_LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private LicenceNumber() {
    }

    /**
     * A new number for a licence of this province issued in this Jalali year. Not guaranteed unique
     * (nine million a province and year): the database's unique key is, and the caller draws again.
     */
    public static String generate(String provinceCode, int jalaliYear) {
        if (provinceCode == null || !provinceCode.matches("[0-9]{2}")) {
            throw new IllegalArgumentException("A province code is two digits, not " + provinceCode);
        }
        if (jalaliYear < 1000 || jalaliYear > 9999) {
            throw new IllegalArgumentException("Not a four-digit Jalali year: " + jalaliYear);
        }
        StringBuilder digits = new StringBuilder(DIGITS).append(provinceCode).append(jalaliYear);
        for (int i = 0; i < RANDOM_DIGITS; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return display(digits.append(VerhoeffCheckDigit.compute(digits.toString())).toString());
    }

    /**
     * A number as typed or scanned (Persian or Arabic digits, spaces and dashes accepted), as the
     * stored number to look up.
     *
     * @return the number in its stored form, or EMPTY; WRONG_LENGTH for digits of neither length, or
     *     anything longer than a number can be; BAD_CHECKSUM for a current-shape number whose check
     *     digit does not match (a typo, or a guess), which no licence can have
     */
    public static ParseResult<String> parse(String typed) {
        String compact = PersianText.withoutSpacesOrDashes(typed);
        if (compact.isEmpty()) {
            return ParseResult.invalid(Reason.EMPTY);
        }
        if (compact.length() > MAX_LENGTH) {
            return ParseResult.invalid(Reason.WRONG_LENGTH);
        }
        if (!compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // Not digits only: an older form such as the demo's DEMO-00-0001, looked up as written.
            return ParseResult.valid(PersianText.withoutSpaces(typed));
        }
        if (compact.length() == LEGACY_DIGITS) {
            return ParseResult.valid(String.format(Locale.ROOT, "%s-%s-%s",
                    compact.substring(0, 2), compact.substring(2, 6), compact.substring(6)));
        }
        if (compact.length() != DIGITS) {
            return ParseResult.invalid(Reason.WRONG_LENGTH);
        }
        if (!VerhoeffCheckDigit.isValid(compact)) {
            return ParseResult.invalid(Reason.BAD_CHECKSUM);
        }
        return ParseResult.valid(display(compact));
    }

    /** {@code 00140512345678} as {@code 00-1405-1234-5678}. */
    private static String display(String digits) {
        return digits.substring(0, 2) + "-" + digits.substring(2, 6) + "-" + digits.substring(6, 10) + "-"
                + digits.substring(10);
    }
}
