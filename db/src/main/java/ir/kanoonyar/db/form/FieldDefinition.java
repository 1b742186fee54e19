package ir.kanoonyar.db.form;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One question of a form. The Persian texts are in {@code i18n/forms.properties}, by the field's key,
 * which is shared by every form that asks the same thing (province, imam_mobile…):
 * {@code form.field.<key>.question}, an optional {@code form.field.<key>.hint} and the short
 * {@code form.field.<key>.label} used in summaries and the back-office.
 *
 * <p>What {@code min} and {@code max} mean depends on the type:
 * <ul>
 * <li>{@link FieldType#NUMBER}: the smallest and largest number accepted;</li>
 * <li>{@link FieldType#TEXT}, {@link FieldType#LONG_TEXT}: the shortest and longest text in
 * characters (default longest: {@value #TEXT_MAX_LENGTH} and {@value #LONG_TEXT_MAX_LENGTH});</li>
 * <li>{@link FieldType#JALALI_DATE}: the earliest and latest date in days from today in Tehran
 * (a birth date has max 0: not in the future);</li>
 * <li>{@link FieldType#MULTI_CHOICE}: the fewest and most choices.</li>
 * </ul>
 * Use the static factories: {@code FieldDefinition.text("first_name")},
 * {@code FieldDefinition.number("space_m2", 10, 100_000)}, {@code FieldDefinition.photo("photo").optional()}.
 *
 * @param key       lower case letters, digits and underscores; the {@code request_answer.field_key}
 * @param choices   the options of CHOICE, MULTI_CHOICE and YES_NO fields; empty for the others
 * @param dependsOn for COUNTY, the key of the PROVINCE field of the same form it lies in; else null
 * @param rule      a check beyond the type's ({@link FieldRule#NONE} for most fields)
 */
public record FieldDefinition(String key, FieldType type, boolean required, List<Choice> choices,
                              Integer min, Integer max, String dependsOn, FieldRule rule) {

    public static final int TEXT_MAX_LENGTH = 100;
    public static final int LONG_TEXT_MAX_LENGTH = 1000;
    /** The longest a key may be: the width of {@code request_answer.field_key}. */
    public static final int KEY_MAX_LENGTH = 64;
    /** A birth date may be up to this many days in the past (about 120 years). */
    public static final int BIRTH_DATE_EARLIEST_DAYS = -43_830;

    public static final String YES = "yes";
    public static final String NO = "no";

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final String PREFIX = "form.field.";

    public FieldDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        rule = rule == null ? FieldRule.NONE : rule;
        if (!rule.appliesTo(type)) {
            throw new IllegalArgumentException("The rule " + rule + " does not apply to the " + type + " field " + key);
        }
        if (!KEY.matcher(key).matches() || key.length() > KEY_MAX_LENGTH) {
            throw new IllegalArgumentException("A field key is lower case letters, digits and _, at most "
                    + KEY_MAX_LENGTH + " long: " + key);
        }
        choices = choices == null ? List.of() : List.copyOf(choices);
        boolean hasChoices = type == FieldType.CHOICE || type == FieldType.MULTI_CHOICE || type == FieldType.YES_NO;
        if (hasChoices && choices.isEmpty()) {
            throw new IllegalArgumentException(type + " field " + key + " needs choices");
        }
        if (!hasChoices && !choices.isEmpty()) {
            throw new IllegalArgumentException(type + " field " + key + " takes no choices");
        }
        Set<String> codes = new HashSet<>();
        for (Choice choice : choices) {
            if (!codes.add(choice.code())) {
                throw new IllegalArgumentException("Field " + key + " has the choice " + choice.code() + " twice");
            }
        }
        if ((type == FieldType.COUNTY) != (dependsOn != null)) {
            throw new IllegalArgumentException("A COUNTY field, and only it, depends on a province field: " + key);
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("Field " + key + " has min " + min + " > max " + max);
        }
        boolean bounded = type == FieldType.NUMBER || type == FieldType.TEXT || type == FieldType.LONG_TEXT
                || type == FieldType.JALALI_DATE || type == FieldType.MULTI_CHOICE;
        if (!bounded && (min != null || max != null)) {
            throw new IllegalArgumentException(type + " field " + key + " takes no min or max");
        }
    }

    /** A field with no rule beyond its type's. */
    public FieldDefinition(String key, FieldType type, boolean required, List<Choice> choices,
                           Integer min, Integer max, String dependsOn) {
        this(key, type, required, choices, min, max, dependsOn, FieldRule.NONE);
    }

    // ---- factories ----

    public static FieldDefinition text(String key) {
        return of(key, FieldType.TEXT, null, null);
    }

    /** A line of text of at most maxLength characters. */
    public static FieldDefinition text(String key, int maxLength) {
        return of(key, FieldType.TEXT, null, maxLength);
    }

    /**
     * A person's first or last name: a line of Persian letters, spaces and half-spaces only, since it is
     * printed on licences and certificates.
     */
    public static FieldDefinition personName(String key) {
        return text(key).withRule(FieldRule.PERSON_NAME);
    }

    public static FieldDefinition longText(String key) {
        return of(key, FieldType.LONG_TEXT, null, null);
    }

    /** Several lines of at most maxLength characters: the width of the column the answer is copied to. */
    public static FieldDefinition longText(String key, int maxLength) {
        return of(key, FieldType.LONG_TEXT, null, maxLength);
    }

    public static FieldDefinition number(String key, int min, int max) {
        return of(key, FieldType.NUMBER, min, max);
    }

    public static FieldDefinition nationalCode(String key) {
        return of(key, FieldType.NATIONAL_CODE, null, null);
    }

    public static FieldDefinition ownMobile(String key) {
        return of(key, FieldType.OWN_MOBILE, null, null);
    }

    public static FieldDefinition mobile(String key) {
        return of(key, FieldType.MOBILE, null, null);
    }

    /**
     * A date from {@code earliestDays} to {@code latestDays} days from today in Tehran (negative:
     * in the past); null for no bound.
     */
    public static FieldDefinition date(String key, Integer earliestDays, Integer latestDays) {
        return of(key, FieldType.JALALI_DATE, earliestDays, latestDays);
    }

    /** A birth date: not in the future, not more than about 120 years ago. */
    public static FieldDefinition birthDate(String key) {
        return date(key, BIRTH_DATE_EARLIEST_DAYS, 0);
    }

    /**
     * The birth date of someone who applies for a role: besides {@link #birthDate}'s bounds, an age within
     * the range the validator is set to (kanoonyar.forms.youngest-age, oldest-age).
     */
    public static FieldDefinition applicantBirthDate(String key) {
        return birthDate(key).withRule(FieldRule.AGE_RANGE);
    }

    /** One of the codes; labels {@code form.choice.<key>.<code>}. */
    public static FieldDefinition choice(String key, String... codes) {
        return new FieldDefinition(key, FieldType.CHOICE, true, choicesOf(key, codes), null, null, null);
    }

    /** One of the enum's constants, by {@link Choice#codeOf(Enum)}. */
    public static <E extends Enum<E>> FieldDefinition choice(String key, Class<E> values) {
        return choice(key, Arrays.stream(values.getEnumConstants()).map(Choice::codeOf).toArray(String[]::new));
    }

    /** From {@code fewest} to {@code most} of the codes; labels {@code form.choice.<key>.<code>}. */
    public static FieldDefinition multiChoice(String key, int fewest, int most, String... codes) {
        return new FieldDefinition(key, FieldType.MULTI_CHOICE, true, choicesOf(key, codes), fewest, most, null);
    }

    public static FieldDefinition province(String key) {
        return of(key, FieldType.PROVINCE, null, null);
    }

    /** A county of the province answered in the field {@code provinceKey}. */
    public static FieldDefinition county(String key, String provinceKey) {
        return new FieldDefinition(key, FieldType.COUNTY, true, List.of(), null, null,
                Objects.requireNonNull(provinceKey, "provinceKey"));
    }

    public static FieldDefinition mosque(String key) {
        return of(key, FieldType.MOSQUE, null, null);
    }

    public static FieldDefinition kanoon(String key) {
        return of(key, FieldType.KANOON, null, null);
    }

    public static FieldDefinition location(String key) {
        return of(key, FieldType.LOCATION, null, null);
    }

    public static FieldDefinition photo(String key) {
        return of(key, FieldType.PHOTO, null, null);
    }

    public static FieldDefinition document(String key) {
        return of(key, FieldType.DOCUMENT, null, null);
    }

    /** Choices {@code yes} and {@code no}, labelled {@code form.choice.yes} and {@code form.choice.no}. */
    public static FieldDefinition yesNo(String key) {
        return new FieldDefinition(key, FieldType.YES_NO, true,
                List.of(new Choice(YES, "form.choice." + YES), new Choice(NO, "form.choice." + NO)), null, null, null);
    }

    public static FieldDefinition postalCode(String key) {
        return of(key, FieldType.POSTAL_CODE, null, null);
    }

    private static FieldDefinition of(String key, FieldType type, Integer min, Integer max) {
        return new FieldDefinition(key, type, true, List.of(), min, max, null);
    }

    private static List<Choice> choicesOf(String key, String... codes) {
        return Arrays.stream(codes).map(code -> Choice.of(key, code)).toList();
    }

    // ---- withers and lookups ----

    /**
     * The longest answer a free-text field (TEXT, LONG_TEXT) takes, in characters: its max, or the
     * type's default. Null for the other types, whose stored values are codes of a known width.
     * {@link AnswerColumns} names the columns this must fit.
     */
    public Integer maxLength() {
        return switch (type) {
            case TEXT -> max != null ? max : TEXT_MAX_LENGTH;
            case LONG_TEXT -> max != null ? max : LONG_TEXT_MAX_LENGTH;
            default -> null;
        };
    }

    /** The same field, which may be skipped. */
    public FieldDefinition optional() {
        return new FieldDefinition(key, type, false, choices, min, max, dependsOn, rule);
    }

    /** The same field with that rule. */
    public FieldDefinition withRule(FieldRule newRule) {
        return new FieldDefinition(key, type, required, choices, min, max, dependsOn, newRule);
    }

    public String questionKey() {
        return PREFIX + key + ".question";
    }

    /** The key of the optional hint; the bundle may not have it. */
    public String hintKey() {
        return PREFIX + key + ".hint";
    }

    public String labelKey() {
        return labelKey(key);
    }

    /** The key of the short label of a field, e.g. for the back-office's table of answers. */
    public static String labelKey(String fieldKey) {
        return PREFIX + fieldKey + ".label";
    }

    /** The choice with that code, if the field has one. */
    public Optional<Choice> findChoice(String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
