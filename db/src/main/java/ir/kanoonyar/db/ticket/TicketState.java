package ir.kanoonyar.db.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket is. OPEN: asked, no staff answer yet; WAITING_FOR_PERSON: staff answered;
 * WAITING_FOR_STAFF: the person wrote again; RESOLVED: staff closed it (the person may reopen it within
 * the reopen window, which makes it WAITING_FOR_STAFF again).
 */
public enum TicketState {
    OPEN,
    WAITING_FOR_PERSON,
    WAITING_FOR_STAFF,
    RESOLVED;

    /** The states this one may move to. */
    public Set<TicketState> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(WAITING_FOR_PERSON, RESOLVED);
            case WAITING_FOR_PERSON -> EnumSet.of(WAITING_FOR_STAFF, RESOLVED);
            case WAITING_FOR_STAFF -> EnumSet.of(WAITING_FOR_PERSON, RESOLVED);
            case RESOLVED -> EnumSet.of(WAITING_FOR_STAFF);
        };
    }

    public boolean canMoveTo(TicketState target) {
        return next().contains(target);
    }

    /** Staff have something to do: the person waits for them. */
    public boolean awaitsStaff() {
        return this == OPEN || this == WAITING_FOR_STAFF;
    }
}
