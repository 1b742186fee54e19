package ir.kanoonyar.backoffice.tickets;

import ir.kanoonyar.db.ticket.TicketCategory;
import ir.kanoonyar.db.ticket.TicketLevel;
import ir.kanoonyar.db.ticket.TicketState;

/** One ticket of the queue, with names instead of ids and the wait in hours. */
record TicketRow(long id, String subject, TicketCategory category, TicketState state, TicketLevel level,
                 String personName, String countyName, String assignedName, String waitingSince, long waitingHours,
                 boolean overdue) {
}
