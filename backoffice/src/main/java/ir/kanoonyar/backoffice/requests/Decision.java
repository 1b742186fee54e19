package ir.kanoonyar.backoffice.requests;

/** What a reviewer decides on the request page. */
public enum Decision {
    APPROVE,
    REJECT,
    RETURN;

    /** Reject and return need a comment that tells the applicant why. */
    public boolean needsComment() {
        return this != APPROVE;
    }
}
