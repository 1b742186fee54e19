package ir.kanoonyar.db.persian;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises Persian text as people type it, so that what is stored and compared is one spelling.
 *
 * <p>Phones and keyboards mix three digit sets (ASCII, Persian ۰–۹, Arabic-Indic ٠–٩) and Arabic
 * letters that look Persian (ي, ى, ك). None of it changes what the person meant.
 */
public final class PersianText {

    private static final char ZWNJ = '\u200C';
    private static final char TATWEEL = '\u0640';

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");
    private static final Pattern HORIZONTAL_SPACES = Pattern.compile("[\\p{Zs}\\t]+");
    private static final Pattern SPACE_AROUND_LINE_BREAK = Pattern.compile(" ?\n ?");

    private PersianText() {
    }

    /**
     * Persian and Arabic-Indic digits to ASCII, Arabic ي/ى/ك to Persian ی/ک, trimmed, runs of
     * spaces collapsed to one. Line breaks are kept (an address or a reason may have several
     * lines), and so is ZWNJ, which is part of Persian spelling (می‌روم, کانون‌ها). Bidirectional
     * controls are dropped ({@link #withoutBidiControls}).
     *
     * @return null for null
     */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        // NFC first: a letter typed as base + combining mark (ا + ٓ) becomes the one code point (آ).
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (!isBidiControl(c)) {
                out.append(normalizeChar(c));
            }
        }
        String oneLineBreak = LINE_BREAK.matcher(out).replaceAll("\n");
        String oneSpace = HORIZONTAL_SPACES.matcher(oneLineBreak).replaceAll(" ");
        return SPACE_AROUND_LINE_BREAK.matcher(oneSpace).replaceAll("\n").strip();
    }

    /**
     * Without bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates
     * (U+2066–U+2069), the left-to-right, right-to-left and Arabic letter marks (U+200E, U+200F,
     * U+061C). An override in a name or a comment can make what staff read differ from what was
     * typed (a name shown backwards, a file «exe.pdf» that is «fdp.exe»), and can spill over the text
     * around it on a page. Persian text shows right to left without any of them; ZWNJ (U+200C), which
     * is part of Persian spelling, stays.
     *
     * @return null for null
     */
    public static String withoutBidiControls(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBidiControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E')    // embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069') // isolates
                || c == '\u200E' || c == '\u200F'   // LRM, RLM
                || c == '\u061C';                    // Arabic letter mark
    }

    private static char normalizeChar(char c) {
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        return switch (c) {
            case '\u064A', '\u0649' -> 'ی'; // Arabic yeh and alef maksura
            case '\u0643' -> 'ک';           // Arabic kaf
            default -> c;
        };
    }

    /**
     * ASCII and Arabic-Indic digits to Persian digits, for text shown to people.
     *
     * @return null for null
     */
    public static String toPersianDigits(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append((char) ('\u06F0' + (c - '0')));
            } else if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('\u06F0' + (c - '\u0660')));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A folding key for matching a typed name against an official list (provinces, counties,
     * mosques): spelling variants that people and official lists both use give the same key, e.g.
     * «قائم‌شهر», «قائم شهر», «قایم شهر» and «چهارمحال وبختیاری», «چهارمحال و بختیاری».
     *
     * <p>Only for comparing; never show or store the key as the name. It drops spaces, ZWNJ,
     * tatweel, diacritics and bidi marks, folds hamza forms (ئ→ی, ؤ→و, أ/إ/آ→ا, ء dropped), ة and ۀ
     * to ه, and lower-cases Latin letters.
     *
     * @return null for null
     */
    public static String matchKey(String text) {
        if (text == null) {
            return null;
        }
        // NFKC turns Arabic presentation forms (text pasted from old PDFs and Word files) into letters.
        String letters = normalize(Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(letters.length());
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisibleMark(c)
                    || c == TATWEEL || isArabicDiacritic(c) || c == 'ء') {
                continue;
            }
            key.append(switch (c) {
                case 'ئ' -> 'ی';
                case 'ؤ' -> 'و';
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ة', 'ۀ' -> 'ه';
                default -> c;
            });
        }
        return key.toString();
    }

    /**
     * Normalised, then without any space or invisible mark (ZWNJ, bidi marks): the form in which
     * short typed values (codes, dates) are checked. Numbers pasted from a phone's contacts often
     * carry bidi marks.
     *
     * @return "" for null
     */
    static String withoutSpaces(String text) {
        String normalized = normalize(text);
        if (normalized == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isInvisibleMark(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@link #withoutSpaces} and without dashes either: the form in which codes (national code,
     * mobile, postal code, tracking code) are checked, since people type them grouped, as in
     * "0912 123 4567" or "1234-5678-9012".
     *
     * @return "" for null
     */
    static String withoutSpacesOrDashes(String text) {
        String compact = withoutSpaces(text);
        StringBuilder out = new StringBuilder(compact.length());
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (!isDash(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isInvisibleMark(char c) {
        return c == ZWNJ
                || c == '\u200B' || c == '\u200D' || c == '\uFEFF' // zero-width space, joiner, BOM
                || c == '\u200E' || c == '\u200F'                  // LRM, RLM
                || (c >= '\u202A' && c <= '\u202E')                // bidi embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069');               // bidi isolates
    }

    private static boolean isArabicDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
    }

    private static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }
}
