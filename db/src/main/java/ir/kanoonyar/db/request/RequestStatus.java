package ir.kanoonyar.db.request;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a request is in its workflow, and every move allowed from there. Any move not listed is
 * refused by {@link #checkMoveTo}. Which review steps a request actually passes through is decided
 * by its {@link ReviewRoute}; this machine only says what can follow what.
 */
public enum RequestStatus {
    /** Being filled in the bot. */
    DRAFT,
    /** Sent by the applicant; the route decides at once whether consents or a review come next. */
    SUBMITTED,
    /** Waiting for the imam's and the trustees' signatures in the bot. */
    AWAITING_CONSENTS,
    COUNTY_REVIEW,
    PROVINCE_REVIEW,
    /** Sent back to the applicant with a comment naming the fields to fix. */
    RETURNED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    private static final Map<RequestStatus, Set<RequestStatus>> MOVES = new EnumMap<>(RequestStatus.class);

    static {
        allow(DRAFT, SUBMITTED, WITHDRAWN);
        allow(SUBMITTED, AWAITING_CONSENTS, COUNTY_REVIEW, PROVINCE_REVIEW, WITHDRAWN);
        // A signer who refuses sends the request back, so the applicant can fix it or ask someone else.
        allow(AWAITING_CONSENTS, COUNTY_REVIEW, PROVINCE_REVIEW, RETURNED, WITHDRAWN);
        // The county forwards to the province, or decides itself where the province delegated to it.
        allow(COUNTY_REVIEW, PROVINCE_REVIEW, APPROVED, REJECTED, RETURNED, WITHDRAWN);
        allow(PROVINCE_REVIEW, APPROVED, REJECTED, RETURNED, WITHDRAWN);
        allow(RETURNED, SUBMITTED, WITHDRAWN);
        allow(APPROVED);
        allow(REJECTED);
        allow(WITHDRAWN);
    }

    private static void allow(RequestStatus from, RequestStatus... to) {
        MOVES.put(from, to.length == 0 ? EnumSet.noneOf(RequestStatus.class) : EnumSet.of(to[0], to));
    }

    public Set<RequestStatus> allowedMoves() {
        return Collections.unmodifiableSet(MOVES.get(this));
    }

    public boolean canMoveTo(RequestStatus target) {
        return MOVES.get(this).contains(target);
    }

    public void checkMoveTo(RequestStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalTransitionException(this, target);
        }
    }

    /** A decision was made or the applicant gave up: nothing can follow. */
    public boolean isFinal() {
        return MOVES.get(this).isEmpty();
    }

    public boolean isUnderReview() {
        return this == COUNTY_REVIEW || this == PROVINCE_REVIEW;
    }

    /** The applicant may withdraw until a decision is made. */
    public boolean isWithdrawable() {
        return canMoveTo(WITHDRAWN);
    }
}
