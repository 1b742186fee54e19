package ir.kanoonyar.backoffice.tickets;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.ticket.TicketStaff;

/** The signed-in staff member as the db's ticket rules see them. */
final class Desk {

    private Desk() {
    }

    static TicketStaff of(StaffScope scope) {
        return new TicketStaff(scope.accountId(), scope.displayName(), scope.role(), scope.provinceId(),
                scope.countyId());
    }
}
