package ir.kanoonyar.db.kanoon;

public enum LicenceStatus {
    VALID,
    /** Stopped by staff for a while (with a reason); not valid meanwhile. */
    SUSPENDED,
    REVOKED,
    /** Replaced by a renewal. */
    SUPERSEDED
}
