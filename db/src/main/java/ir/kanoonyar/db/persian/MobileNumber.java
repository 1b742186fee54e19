package ir.kanoonyar.db.persian;

import ir.kanoonyar.db.persian.ParseResult.Reason;

import java.util.regex.Pattern;

/**
 * An Iranian mobile number, stored as 09XXXXXXXXX.
 *
 * <p>Accepted as typed or shared: +98 9XX…, 0098 9XX…, 09XX…, 9XX…, and 98 9XX… without the plus,
 * because some Telegram clients send a shared contact's number without it. The last form is one
 * more than the project regex {@code ^(\+98|0098|0)?9\d{9}$}; it is unambiguous, as a local number
 * never has twelve digits.
 */
public final class MobileNumber {

    private static final Pattern PLUS_AND_DIGITS = Pattern.compile("\\+?[0-9]+");
    /** 9 and nine more digits: the number without any prefix. */
    private static final int SUBSCRIBER_LENGTH = 10;

    private MobileNumber() {
    }

    /**
     * Checks typed input: Persian or Arabic digits, spaces and dashes are accepted.
     *
     * @return 09XXXXXXXXX, or one of EMPTY, NOT_DIGITS, NOT_MOBILE (a landline, a foreign number),
     *         WRONG_LENGTH
     */
    public static ParseResult<String> parse(String input) {
        String typed = PersianText.withoutSpacesOrDashes(input);
        if (typed.isEmpty()) {
            return ParseResult.invalid(Reason.EMPTY);
        }
        if (!PLUS_AND_DIGITS.matcher(typed).matches()) {
            return ParseResult.invalid(Reason.NOT_DIGITS);
        }
        String subscriber = withoutPrefix(typed);
        if (subscriber == null || !subscriber.startsWith("9")) {
            return ParseResult.invalid(Reason.NOT_MOBILE);
        }
        if (subscriber.length() != SUBSCRIBER_LENGTH) {
            return ParseResult.invalid(Reason.WRONG_LENGTH);
        }
        return ParseResult.valid("0" + subscriber);
    }

    public static boolean isValid(String input) {
        return parse(input).isValid();
    }

    /** The number after +98, 0098, 98 or 0; null for a number of another country. */
    private static String withoutPrefix(String typed) {
        if (typed.startsWith("+98")) {
            return typed.substring(3);
        }
        if (typed.startsWith("+")) {
            return null;
        }
        if (typed.startsWith("0098")) {
            return typed.substring(4);
        }
        if (typed.startsWith("98") && typed.length() == 2 + SUBSCRIBER_LENGTH) {
            return typed.substring(2);
        }
        if (typed.startsWith("0")) {
            return typed.substring(1);
        }
        return typed;
    }
}
