package ir.kanoonyar.db.form;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One option of a {@link FieldType#CHOICE}, {@link FieldType#MULTI_CHOICE} or {@link FieldType#YES_NO}
 * field: the code that is stored and sent as an inline button's data, and the bundle key of its
 * Persian label.
 *
 * @param code      lower case letters, digits and underscores, e.g. {@code visual_arts}
 * @param labelKey  key in {@code i18n/forms.properties}
 */
public record Choice(String code, String labelKey) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9_]+");

    public Choice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelKey, "labelKey");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A choice code is lower case letters, digits and _: " + code);
        }
    }

    /** The choice of a field: label key {@code form.choice.<fieldKey>.<code>}. */
    public static Choice of(String fieldKey, String code) {
        return new Choice(code, "form.choice." + fieldKey + "." + code);
    }

    /** The code of an enum constant: its name in lower case ({@code BELOW_DIPLOMA} → {@code below_diploma}). */
    public static String codeOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The enum constant a stored choice code stands for, e.g. {@code toEnum(Gender.class, "female")}.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static <E extends Enum<E>> E toEnum(Class<E> type, String code) {
        return Enum.valueOf(type, Objects.requireNonNull(code, "code").toUpperCase(Locale.ROOT));
    }
}
