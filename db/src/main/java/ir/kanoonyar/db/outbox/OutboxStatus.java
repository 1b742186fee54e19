package ir.kanoonyar.db.outbox;

public enum OutboxStatus {
    PENDING,
    /** Claimed by a sender; a row left here by a crash is retried after a lease, never sent twice on purpose. */
    SENDING,
    SENT,
    /** Gave up after retries or a permanent error. */
    FAILED,
    /** The person blocked the bot (403). */
    BLOCKED,
    CANCELLED,
    /**
     * Held back by a paused broadcast: out of the claimable set (senders claim only PENDING) until the
     * broadcast resumes and the row is PENDING again.
     */
    HELD
}
