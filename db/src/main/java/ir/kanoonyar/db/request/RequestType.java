package ir.kanoonyar.db.request;

/** The kinds of request (درخواست) a person files in the bot. */
public enum RequestType {
    MANAGER_REGISTRATION,
    ESTABLISHMENT,
    MANAGER_CHANGE,
    RESIGNATION,
    RETIREMENT,
    LICENCE_RENEWAL,
    SERVICE_REQUEST;

    /**
     * Whether the applicant is judged against the eligibility guideline (to manage a kanoon): a manager's
     * registration and an establishment. Not a service request, a renewal, a resignation or a retirement,
     * which a manager already in office files, nor a change of manager, whose applicant is not the new one.
     */
    public boolean judgesApplicantEligibility() {
        return this == MANAGER_REGISTRATION || this == ESTABLISHMENT;
    }
}
