package ir.kanoonyar.db.request;

/** Who has to act next on a request; shown in the bot and used by the staff inbox. */
public enum AssigneeLevel {
    APPLICANT,
    SIGNERS,
    COUNTY,
    PROVINCE,
    NONE;

    static AssigneeLevel of(RequestStatus status) {
        return switch (status) {
            case DRAFT, RETURNED -> APPLICANT;
            case AWAITING_CONSENTS -> SIGNERS;
            case COUNTY_REVIEW -> COUNTY;
            case PROVINCE_REVIEW -> PROVINCE;
            case SUBMITTED, APPROVED, REJECTED, WITHDRAWN -> NONE;
        };
    }
}
