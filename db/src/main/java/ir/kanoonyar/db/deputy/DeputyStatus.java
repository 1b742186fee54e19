package ir.kanoonyar.db.deputy;

/** Where a nomination of a deputy stands (kanoon_deputy.status). */
public enum DeputyStatus {
    /** Named by the manager; the person has not answered in the bot yet. */
    INVITED,
    /** Accepted: the kanoon's deputy. */
    ACTIVE,
    DECLINED,
    /** The manager took the nomination back or removed the deputy. */
    REMOVED,
    /** Closed otherwise: the deputy became the manager, or the kanoon lost the manager who named them. */
    ENDED;

    public boolean isOpen() {
        return this == INVITED || this == ACTIVE;
    }
}
