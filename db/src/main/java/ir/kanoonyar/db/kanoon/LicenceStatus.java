package ir.kanoonyar.db.kanoon;

public enum LicenceStatus {
    VALID,
    REVOKED,
    /** Replaced by a renewal. */
    SUPERSEDED
}
