package ir.kanoonyar.db.kanoon;

public enum KanoonStatus {
    ACTIVE,
    /** After a resignation or retirement, until a manager change is approved. */
    NO_MANAGER,
    CLOSED
}
