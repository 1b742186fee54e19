package ir.kanoonyar.db.registration;

/** Why a manager registration is refused; callers turn it into their own Persian text. */
public enum RegistrationRefusal {
    /** A first or last name is missing. */
    NAME_MISSING,
    /** Not a national code: wrong length, not digits, all one digit or a wrong check digit. */
    NATIONAL_CODE_INVALID,
    /** Another person holds this national code: two people are never merged on a typed number. */
    NATIONAL_CODE_TAKEN,
    /** Not an Iranian mobile number. */
    MOBILE_INVALID,
    /** Not a date (ISO, as forms store it), or a date after today. */
    BIRTH_DATE_INVALID,
    GENDER_UNKNOWN,
    EDUCATION_UNKNOWN,
    /** The province or county is unknown, or the county lies in another province. */
    REGION_UNKNOWN
}
