package ir.kanoonyar.db.member;

/** Why a member (typed in the bot or a spreadsheet row) or an action on the roster is refused. */
public enum MemberRefusal {
    /** A required value is empty. */
    REQUIRED,
    /** A first or last name that is not Persian letters (the forms' PERSON_NAME rule), or too long. */
    NAME,
    BIRTH_YEAR_NOT_NUMBER,
    /** The age the birth year gives is outside the settings' range. */
    BIRTH_YEAR_OUT_OF_RANGE,
    GENDER_UNKNOWN,
    ROLE_UNKNOWN,
    PHONE_INVALID,
    NATIONAL_CODE_INVALID,
    /** Another member of the kanoon (or another row of the file) has this phone. */
    PHONE_TAKEN,
    /** Another member of the kanoon (or another row of the file) has this national code. */
    NATIONAL_CODE_TAKEN,
    /** The person does not manage this kanoon, or it is not active: a forged or stale id. */
    NOT_MANAGER,
    /** No such member in the kanoon. */
    NOT_FOUND;

    String key() {
        return "members.refusal." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
