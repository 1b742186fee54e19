package ir.kanoonyar.db.form;

/**
 * A check a field makes beyond what its {@link FieldType} takes, for the few answers that are printed or
 * decide eligibility; the {@link FieldValidator} applies it after the type's own checks.
 */
public enum FieldRule {
    /** Nothing beyond the type. */
    NONE(null),
    /**
     * Persian letters, spaces and half-spaces (ZWNJ) only: names are printed on licences and certificates,
     * where a Latin letter, a digit or an emoji would be a mistake nobody checks again.
     */
    PERSON_NAME(FieldType.TEXT),
    /** A birth date giving an age within the validator's range (a setting, 15 to 90 years by default). */
    AGE_RANGE(FieldType.JALALI_DATE);

    private final FieldType type;

    FieldRule(FieldType type) {
        this.type = type;
    }

    boolean appliesTo(FieldType fieldType) {
        return type == null || type == fieldType;
    }
}
