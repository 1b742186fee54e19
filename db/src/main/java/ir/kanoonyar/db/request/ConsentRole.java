package ir.kanoonyar.db.request;

/** Who signs consent to a request. */
public enum ConsentRole {
    /** امام جماعت */
    IMAM,
    /** رئیس هیئت امنا */
    TRUSTEES_HEAD
}
