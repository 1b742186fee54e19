package ir.kanoonyar.db.request;

/** The staff levels that review requests, lowest first. */
public enum ReviewLevel {
    COUNTY(RequestStatus.COUNTY_REVIEW),
    PROVINCE(RequestStatus.PROVINCE_REVIEW);

    private final RequestStatus reviewStatus;

    ReviewLevel(RequestStatus reviewStatus) {
        this.reviewStatus = reviewStatus;
    }

    /** The status a request has while it waits at this level. */
    public RequestStatus reviewStatus() {
        return reviewStatus;
    }
}
