package ir.kanoonyar.db.form;

/**
 * What kind of answer a form field takes, and so which {@link RawAnswer}s the {@link FieldValidator}
 * accepts for it and how the answer is stored (always as a string in {@code request_answer}).
 */
public enum FieldType {
    /** One line of text, up to 100 characters unless the field says otherwise. */
    TEXT,
    /** Several lines, up to 1000 characters unless the field says otherwise. */
    LONG_TEXT,
    /** A whole number between the field's min and max; stored in ASCII digits. */
    NUMBER,
    /** The Iranian national code; stored as ten ASCII digits. */
    NATIONAL_CODE,
    /** The person's own mobile number, by a shared contact that must be the sender's own; 09XXXXXXXXX. */
    OWN_MOBILE,
    /** Someone else's mobile number (imam, head of trustees), typed or as a shared contact; 09XXXXXXXXX. */
    MOBILE,
    /** A Solar Hijri date as typed; stored as the ISO Gregorian date yyyy-MM-dd. */
    JALALI_DATE,
    /** One of the field's choices, by an inline button (or its label typed); stored as the code. */
    CHOICE,
    /** Some of the field's choices; stored as their codes, comma-joined, in the field's order. */
    MULTI_CHOICE,
    /** A province by its typed name or a button; stored as its code ("00"). */
    PROVINCE,
    /** A county of the province answered earlier in the form (the field's dependsOn); stored as its code ("0001"). */
    COUNTY,
    /** A mosque from the list the bot offered; stored as its id. */
    MOSQUE,
    /** A kanoon from the list the bot offered; stored as its id. */
    KANOON,
    /** A shared location; stored as "lat,lon". */
    LOCATION,
    /** A photo (or an image sent as a file); stored as the messenger's file id. */
    PHOTO,
    /** A document or a photo of one; stored as the messenger's file id. */
    DOCUMENT,
    /** Yes or no; stored as "yes" or "no". */
    YES_NO,
    /** The Iranian postal code; stored as ten ASCII digits. */
    POSTAL_CODE
}
