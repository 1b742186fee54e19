package ir.kanoonyar.backoffice.requests;

import java.time.Instant;

import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.TimelineEventType;

/**
 * One line of the inbox; the *Display fields are ready to show (Persian digits, Jalali dates).
 *
 * @param place          the kanoon's name, else the mosque's, else empty
 * @param lastAction     the latest timeline event, or null when the request has none
 * @param dueLeftDisplay how long until the due time («۳ روز مانده») or past it («۲ روز دیرکرد»); empty without one
 * @param version        the version shown, which a bulk decision checks as the request page's form does
 */
public record InboxRow(long id, String trackingCode, RequestType type, RequestStatus status, Instant dueAt,
                       String countyName, String applicantName, String nationalCode, boolean overdue,
                       boolean escalated, String trackingCodeDisplay, String dueDisplay, String place,
                       String submittedDisplay, TimelineEventType lastAction, String lastActionDisplay,
                       String dueLeftDisplay, long version) {

    /** Whether staff may decide it with others at once from the list (see BulkDecisions). */
    public boolean bulkDecidable() {
        return type == RequestType.MANAGER_REGISTRATION && status.isUnderReview();
    }
}
