package ir.kanoonyar.backoffice.tickets;

import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.ticket.TicketCategory;
import ir.kanoonyar.db.ticket.TicketState;

/**
 * The queue's filters as typed in the address: state (or AWAITING for "waiting for staff", the
 * default), category, county, at least this many hours waiting, page. Anything unreadable is ignored.
 */
record TicketQuery(String state, TicketCategory category, Long county, Integer hours, int page) {

    static final String AWAITING = "AWAITING";
    static final String ALL = "ALL";

    static TicketQuery of(String state, String category, String county, String hours, String page) {
        String s = state == null || state.isBlank() ? AWAITING : state;
        if (!s.equals(AWAITING) && !s.equals(ALL) && !isState(s)) {
            s = AWAITING;
        }
        return new TicketQuery(s, category(category), number(county) == null ? null : number(county).longValue(),
                number(hours), number(page) == null ? 0 : number(page));
    }

    TicketState singleState() {
        return isState(state) ? TicketState.valueOf(state) : null;
    }

    private static boolean isState(String s) {
        for (TicketState t : TicketState.values()) {
            if (t.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static TicketCategory category(String typed) {
        for (TicketCategory c : TicketCategory.values()) {
            if (c.name().equals(typed)) {
                return c;
            }
        }
        return null;
    }

    private static Integer number(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = PersianText.normalize(typed);
        return digits.matches("[0-9]{1,6}") ? Integer.valueOf(digits) : null;
    }
}
