package ir.kanoonyar.db.form;

/**
 * Every reason the {@link FieldValidator} gives for refusing an answer, with its key in
 * {@code i18n/forms.properties} and the number of MessageFormat arguments it is given.
 * The validator makes refusals only from these constants, and FormBundleTest checks the bundle
 * against them.
 */
enum FieldReason {
    /** Skip on a required field. */
    REQUIRED("required", 0),
    /** Nothing but whitespace. */
    EMPTY("empty", 0),

    // Another kind of answer than the question takes (a photo for a name, a sticker for anything).
    EXPECTED_TEXT("expected.text", 0),
    EXPECTED_NUMBER("expected.number", 0),
    EXPECTED_OWN_CONTACT("expected.own_contact", 0),
    EXPECTED_MOBILE("expected.mobile", 0),
    EXPECTED_DATE("expected.date", 0),
    EXPECTED_CHOICE("expected.choice", 0),
    EXPECTED_YES_NO("expected.yes_no", 0),
    EXPECTED_REGION("expected.region", 0),
    EXPECTED_PICK("expected.pick", 0),
    EXPECTED_LOCATION("expected.location", 0),
    EXPECTED_PHOTO("expected.photo", 0),
    EXPECTED_DOCUMENT("expected.document", 0),

    TEXT_NO_LETTERS("text.no_letters", 0),
    /** {0} minimum length. */
    TEXT_TOO_SHORT("text.too_short", 1),
    /** {0} maximum length, {1} length of the answer. */
    TEXT_TOO_LONG("text.too_long", 2),

    /** A person's name with a Latin letter. */
    NAME_LATIN("name.latin", 0),
    /** {0} the first character of a person's name that is not a Persian letter, a space or a half-space. */
    NAME_NOT_LETTER("name.not_letter", 1),

    NUMBER_NOT_NUMBER("number.not_number", 0),
    /** {0} minimum. */
    NUMBER_TOO_SMALL("number.too_small", 1),
    /** {0} maximum. */
    NUMBER_TOO_LARGE("number.too_large", 1),

    NATIONAL_CODE_NOT_DIGITS("national_code.not_digits", 0),
    NATIONAL_CODE_WRONG_LENGTH("national_code.wrong_length", 0),
    NATIONAL_CODE_ALL_SAME("national_code.all_same", 0),
    NATIONAL_CODE_BAD_CHECKSUM("national_code.bad_checksum", 0),

    /** Someone else's contact for the person's own number. */
    MOBILE_NOT_OWN("mobile.not_own", 0),
    MOBILE_NOT_DIGITS("mobile.not_digits", 0),
    MOBILE_NOT_MOBILE("mobile.not_mobile", 0),
    MOBILE_WRONG_LENGTH("mobile.wrong_length", 0),

    POSTAL_CODE_NOT_DIGITS("postal_code.not_digits", 0),
    POSTAL_CODE_WRONG_LENGTH("postal_code.wrong_length", 0),

    DATE_BAD_FORMAT("date.bad_format", 0),
    /** A year that can only be Gregorian (e.g. 1990/05/12). */
    DATE_LOOKS_GREGORIAN("date.looks_gregorian", 0),
    DATE_YEAR_OUT_OF_RANGE("date.year_out_of_range", 0),
    DATE_MONTH_OUT_OF_RANGE("date.month_out_of_range", 0),
    /** e.g. 31 Mehr, 30 Esfand of a common year. */
    DATE_DAY_OUT_OF_RANGE("date.day_out_of_range", 0),
    /** After today, for a field that takes no future date. */
    DATE_IN_FUTURE("date.in_future", 0),
    /** Before today, for a field that takes no past date. */
    DATE_IN_PAST("date.in_past", 0),
    /** {0} the earliest date accepted. */
    DATE_TOO_EARLY("date.too_early", 1),
    /** {0} the latest date accepted. */
    DATE_TOO_LATE("date.too_late", 1),

    /** {0} the youngest age accepted, in years. */
    AGE_TOO_YOUNG("age.too_young", 1),
    /** {0} the oldest age accepted, in years. */
    AGE_TOO_OLD("age.too_old", 1),

    /** {0} the options. */
    CHOICE_UNKNOWN("choice.unknown", 1),
    /** {0} what was typed, {1} the options. */
    MULTI_CHOICE_UNKNOWN("multi_choice.unknown", 2),
    /** {0} fewest. */
    MULTI_CHOICE_TOO_FEW("multi_choice.too_few", 1),
    /** {0} most. */
    MULTI_CHOICE_TOO_MANY("multi_choice.too_many", 1),

    /** {0} what was typed. */
    PROVINCE_NOT_FOUND("province.not_found", 1),
    /** {0} what was typed, {1} up to three provinces. */
    PROVINCE_NOT_FOUND_SUGGEST("province.not_found.suggest", 2),
    /** The province field is not answered yet. */
    COUNTY_PROVINCE_FIRST("county.province_first", 0),
    /** {0} what was typed, {1} the province. */
    COUNTY_NOT_FOUND("county.not_found", 2),
    /** {0} what was typed, {1} the province, {2} up to three counties. */
    COUNTY_NOT_FOUND_SUGGEST("county.not_found.suggest", 3),
    /** {0} the county, {1} its province, {2} the province chosen. */
    COUNTY_IN_OTHER_PROVINCE("county.other_province", 3),
    /** A region button of another list (an old keyboard, or another province's county). */
    REGION_NOT_OFFERED("region.not_offered", 0),

    /** A mosque or kanoon button that is not among those offered (an old keyboard). */
    PICK_NOT_OFFERED("pick.not_offered", 0),

    LOCATION_OUTSIDE_IRAN("location.outside_iran", 0),

    FILE_NOT_IMAGE("file.not_image", 0),
    FILE_TYPE_NOT_ALLOWED("file.type_not_allowed", 0),
    /** {0} the limit in megabytes. */
    FILE_TOO_LARGE("file.too_large", 1);

    static final String PREFIX = "form.reason.";

    private final String key;
    private final int arguments;

    FieldReason(String key, int arguments) {
        this.key = PREFIX + key;
        this.arguments = arguments;
    }

    String key() {
        return key;
    }

    int arguments() {
        return arguments;
    }

    /** The refusal, after checking it is given as many arguments as the message uses. */
    FieldResult result(Object... args) {
        if (args.length != arguments) {
            throw new IllegalArgumentException(key + " takes " + arguments + " arguments, got " + args.length);
        }
        return FieldResult.invalid(key, args);
    }
}
