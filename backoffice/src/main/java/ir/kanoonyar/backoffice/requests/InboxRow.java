package ir.kanoonyar.backoffice.requests;

import java.time.Instant;

import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;

/** One line of the inbox. */
public record InboxRow(long id, String trackingCode, RequestType type, RequestStatus status, Instant dueAt,
                       String countyName, String applicantName, String nationalCode, boolean overdue,
                       boolean escalated, String trackingCodeDisplay, String dueDisplay) {
}
