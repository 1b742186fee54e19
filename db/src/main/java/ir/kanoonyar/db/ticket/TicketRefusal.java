package ir.kanoonyar.db.ticket;

/**
 * Why a ticket action was refused. The bot and the back-office each say it in Persian (bot: a Text,
 * back-office: {@code tickets.refused.<NAME>} in messages.properties).
 */
public enum TicketRefusal {
    /** No such ticket, or not the person's, or outside the staff member's region: all the same to them. */
    NOT_FOUND,
    /** The person is not registered, or has no region to route the ticket to. */
    NO_REGION,
    EMPTY_TEXT,
    TEXT_TOO_LONG,
    /** The ticket is resolved and its reopen window has passed. */
    REOPEN_WINDOW_PASSED,
    /** The move is not allowed from the ticket's state (e.g. resolving a resolved ticket). */
    WRONG_STATE,
    RATING_OUT_OF_RANGE,
    /** Rated already, or not resolved yet. */
    CANNOT_RATE,
    /** A colleague outside the ticket's region, disabled, or not staff. */
    BAD_COLLEAGUE,
    /** Passing to the province: the ticket is there already, or the staff member is not county staff. */
    ALREADY_AT_PROVINCE
}
