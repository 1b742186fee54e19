package ir.kanoonyar.db.mykanoon;

/** What asking for the licence's PDF again did. */
public enum ResendOutcome {
    /** The PDF is in the outbox for this chat. */
    SENT,
    /** The presser does not manage this kanoon (or the id is forged): nothing is told. */
    NOT_YOUR_KANOON,
    NO_LICENCE,
    /** A revoked licence is not sent again. */
    REVOKED
}
