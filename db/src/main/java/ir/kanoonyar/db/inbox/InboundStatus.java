package ir.kanoonyar.db.inbox;

public enum InboundStatus {
    RECEIVED,
    DONE,
    /** Could not be read or handled; kept for a person to look at, never retried forever. */
    FAILED,
    /** Not for the bot (a group message, a channel post, an unknown type). */
    IGNORED
}
