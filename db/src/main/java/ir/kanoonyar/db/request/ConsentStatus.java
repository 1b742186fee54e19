package ir.kanoonyar.db.request;

public enum ConsentStatus {
    PENDING,
    SIGNED,
    REFUSED
}
