package ir.kanoonyar.db.deputy;

/**
 * The county's offer, on a resignation or retirement, to make the kanoon's deputy its manager in one
 * step.
 *
 * @param proposedRequestId the manager change already filed for the deputy from this offer, or null
 */
public record SuccessionOffer(long kanoonId, long deputyPersonId, String deputyName, Long proposedRequestId,
                              String proposedTrackingCode) {

    public boolean isProposed() {
        return proposedRequestId != null;
    }
}
