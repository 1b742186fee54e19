package ir.kanoonyar.db.form;

/**
 * The keys of the fields the forms ask, shared by every form that asks the same thing; they are
 * the {@code request_answer.field_key} values the bot writes and the back-office reads.
 */
public final class FieldKeys {

    public static final String FIRST_NAME = "first_name";
    public static final String LAST_NAME = "last_name";
    public static final String NATIONAL_CODE = "national_code";
    public static final String MOBILE = "mobile";
    public static final String BIRTH_DATE = "birth_date";
    public static final String GENDER = "gender";
    public static final String EDUCATION = "education";
    public static final String PROVINCE = "province";
    public static final String COUNTY = "county";
    public static final String ADDRESS = "address";

    public static final String MOSQUE_NAME = "mosque_name";
    public static final String LOCALITY = "locality";
    public static final String RURAL = "rural";
    public static final String MOSQUE_ADDRESS = "mosque_address";
    public static final String POSTAL_CODE = "postal_code";
    public static final String LOCATION = "location";
    public static final String AUDIENCE = "audience";
    public static final String PROPOSED_NAME = "proposed_name";
    public static final String ACTIVITY_AREAS = "activity_areas";
    public static final String SPACE_M2 = "space_m2";
    public static final String IMAM_MOBILE = "imam_mobile";
    public static final String TRUSTEES_MOBILE = "trustees_mobile";
    public static final String PHOTO = "photo";

    public static final String KANOON = "kanoon";
    public static final String NEW_MANAGER_NATIONAL_CODE = "new_manager_national_code";
    public static final String REASON = "reason";
    public static final String EFFECTIVE_DATE = "effective_date";
    public static final String MEMBERS = "members";
    public static final String SERVICE_KIND = "service_kind";
    public static final String DESCRIPTION = "description";
    public static final String DOCUMENT = "document";

    private FieldKeys() {
    }
}
