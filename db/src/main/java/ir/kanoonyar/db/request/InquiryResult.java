package ir.kanoonyar.db.request;

public enum InquiryResult {
    PENDING,
    CLEAR,
    NOT_CLEAR
}
