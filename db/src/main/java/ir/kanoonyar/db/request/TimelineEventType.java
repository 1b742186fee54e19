package ir.kanoonyar.db.request;

public enum TimelineEventType {
    SUBMITTED,
    RESUBMITTED,
    CONSENT_SIGNED,
    CONSENT_REFUSED,
    CONSENTS_COMPLETE,
    FORWARDED,
    APPROVED,
    REJECTED,
    RETURNED,
    WITHDRAWN,
    INQUIRY_ASKED,
    INQUIRY_ANSWERED
}
