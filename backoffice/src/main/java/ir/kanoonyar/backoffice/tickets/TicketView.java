package ir.kanoonyar.backoffice.tickets;

import java.util.List;

import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.ticket.Ticket;

/**
 * A ticket's page: the ticket, who asked and where, the thread, the colleagues it may pass to, and the
 * service request it was opened for (null for a question asked from the menu).
 */
record TicketView(Ticket ticket, String personName, String personMobile, String countyName, String provinceName,
                  String assignedName, String createdAt, String resolvedAt, List<Entry> thread,
                  List<StaffAccount> colleagues, ServiceRequest serviceRequest) {

    /** The service request a ticket was opened for: its id and tracking code as staff read it. */
    record ServiceRequest(long id, String trackingCodeDisplay) {
    }

    /** How a staff answer fared on its way to the chat. */
    enum Delivery {
        NONE,
        QUEUED,
        SENT,
        NOT_SENT
    }

    /** One message: who, when (Jalali), what, and for a staff answer whether it reached the chat. */
    record Entry(long id, boolean byStaff, String author, String at, String kind, String body, Long attachmentId,
                 boolean note, Delivery delivery) {
    }
}
