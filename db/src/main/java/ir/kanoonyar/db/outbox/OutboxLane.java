package ir.kanoonyar.db.outbox;

/** Which queue of the outbox a row waits in; DIRECT rows are sent before BULK rows. */
public enum OutboxLane {
    /** A reply or a notice to one person about their own business. */
    DIRECT,
    /** One of many rows written at once: a broadcast, a reminder sweep. */
    BULK
}
