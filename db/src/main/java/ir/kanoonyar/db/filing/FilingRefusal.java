package ir.kanoonyar.db.filing;

/** Why a request is not filed or sent again; callers turn it into their own Persian text. */
public enum FilingRefusal {
    /** Only a registered person files requests. */
    NOT_REGISTERED,
    /** The province or county answered is unknown, or the county lies in another province. */
    REGION_UNKNOWN,
    /** The kanoon answered does not exist or is not managed by the applicant. */
    KANOON_NOT_YOURS,
    /** Only the applicant sends again their own request, and only while it is returned to them. */
    NOT_RETURNED
}
