package ir.kanoonyar.backoffice.forms;

import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import ir.kanoonyar.db.persian.PersianText;
import org.springframework.format.Formatter;

/**
 * Whole numbers in form fields as staff type them: Persian (۰–۹), Arabic-Indic (٠–٩) or ASCII digits,
 * mixed if need be, grouped in thousands by a Latin comma, the Arabic thousands separator «٬» or the
 * Persian comma «،», with spaces and bidi marks (pasted numbers carry them) ignored. A fraction
 * («٫» or «.»), letters or a number beyond an int are refused with a {@link ParseException}, which
 * Spring's binding turns into a «typeMismatch» error whose Persian text the bundle holds. Numbers are
 * printed back in Persian digits, as every number a staff member reads.
 *
 * <p>Digits are normalised by {@link PersianText#normalize}, the one place that knows the digit sets.
 */
public class PersianNumberFormatter implements Formatter<Integer> {

    /** Digits with an optional minus: ASCII hyphen or the minus sign U+2212. */
    private static final Pattern PLAIN = Pattern.compile("[-\u2212]?\\d+");
    /** Grouped in thousands: 1,234,567 with one kind of separator throughout. */
    private static final Pattern GROUPED = Pattern.compile("[-\u2212]?\\d{1,3}(?:([,\u066C\u060C])\\d{3})(?:\\1\\d{3})*");

    @Override
    public Integer parse(String text, Locale locale) throws ParseException {
        String typed = compact(text);
        if (!PLAIN.matcher(typed).matches() && !GROUPED.matcher(typed).matches()) {
            throw new ParseException("not a whole number: " + text, 0);
        }
        String digits = typed.replace('\u2212', '-').replaceAll("[,\u066C\u060C]", "");
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            throw new ParseException("out of the int range: " + text, 0);
        }
    }

    @Override
    public String print(Integer number, Locale locale) {
        return PersianText.toPersianDigits(String.valueOf(number)).replace('-', '\u2212');
    }

    /** Normalised digits, without spaces, ZWNJ or bidi marks. */
    private static String compact(String text) {
        String normalized = PersianText.normalize(text == null ? "" : text);
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200C' && c != '\u200E'
                    && c != '\u200F' && c != '\u061C') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
