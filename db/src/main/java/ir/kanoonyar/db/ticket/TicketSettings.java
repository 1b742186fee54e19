package ir.kanoonyar.db.ticket;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The service desk's settings: how many days after "resolved" the person may reopen a ticket
 * ({@code KANOONYAR_TICKETS_REOPEN_DAYS}, 7) and within how many hours staff should first answer
 * ({@code KANOONYAR_TICKETS_FIRST_RESPONSE_HOURS}, 48; the queue marks a ticket past it).
 */
@Component
public class TicketSettings {

    private final Duration reopenWindow;
    private final Duration firstResponse;

    public TicketSettings(@Value("${kanoonyar.tickets.reopen-days:7}") int reopenDays,
                          @Value("${kanoonyar.tickets.first-response-hours:48}") int firstResponseHours) {
        if (reopenDays < 0 || firstResponseHours < 1) {
            throw new IllegalArgumentException("Ticket settings: reopen days >= 0, first response hours >= 1");
        }
        this.reopenWindow = Duration.ofDays(reopenDays);
        this.firstResponse = Duration.ofHours(firstResponseHours);
    }

    public Duration reopenWindow() {
        return reopenWindow;
    }

    public Duration firstResponse() {
        return firstResponse;
    }
}
