package ir.kanoonyar.backoffice.escalation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.backoffice.reminders.NoticeTexts;
import ir.kanoonyar.backoffice.reminders.QuietHours;
import ir.kanoonyar.backoffice.reminders.Recipients;
import ir.kanoonyar.backoffice.reminders.Reminder;
import ir.kanoonyar.backoffice.reminders.ReminderOutbox;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.ticket.Ticket;
import ir.kanoonyar.db.ticket.TicketLevel;
import ir.kanoonyar.db.ticket.TicketRepository;
import ir.kanoonyar.db.ticket.TicketSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tickets without a first answer past the first-response setting ({@code KANOONYAR_TICKETS_FIRST_RESPONSE_HOURS})
 * are escalated once, as requests past their due time are: the ticket's staff (its county, or its province
 * once passed up) and the level above are told through the outbox where they linked a bot chat. The mark is
 * a guarded UPDATE, so of two runs or instances only one tells anyone.
 */
@Service
public class TicketEscalations {

    static final String KIND = "TICKET_ESCALATION";
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(TicketEscalations.class);

    private final JdbcTemplate jdbc;
    private final TicketRepository tickets;
    private final TicketSettings settings;
    private final CountyRepository counties;
    private final Recipients recipients;
    private final NoticeTexts texts;
    private final OutboxMessageRepository outbox;
    private final QuietHours quietHours;
    private final TransactionTemplate tx;
    private final Clock clock;

    public TicketEscalations(JdbcTemplate jdbc, TicketRepository tickets, TicketSettings settings,
                             CountyRepository counties, Recipients recipients, NoticeTexts texts,
                             OutboxMessageRepository outbox, QuietHours quietHours, TransactionTemplate tx,
                             Clock clock) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.settings = settings;
        this.counties = counties;
        this.recipients = recipients;
        this.texts = texts;
        this.outbox = outbox;
        this.quietHours = quietHours;
        this.tx = tx;
        this.clock = clock;
    }

    public int run() {
        return run(clock.instant());
    }

    /** @return how many tickets this run escalated */
    public int run(Instant now) {
        ReminderOutbox writer = new ReminderOutbox(outbox, quietHours, now);
        Timestamp createdBefore = Timestamp.from(now.minus(settings.firstResponse()));
        int escalated = 0;
        List<Long> due;
        long afterId = 0;
        do {
            due = jdbc.queryForList("SELECT id FROM ticket WHERE first_response_at IS NULL AND escalated_at IS NULL"
                    + " AND state IN ('OPEN', 'WAITING_FOR_STAFF') AND created_at < ? AND id > ? ORDER BY id LIMIT "
                    + BATCH, Long.class, createdBefore, afterId);
            for (Long id : due) {
                try {
                    if (Boolean.TRUE.equals(tx.execute(status -> escalate(id, now, createdBefore, writer)))) {
                        escalated++;
                    }
                } catch (RuntimeException e) {
                    log.error("Escalating ticket {} failed; the next run tries again", id, e);
                }
                afterId = id;
            }
        } while (due.size() == BATCH);
        return escalated;
    }

    private boolean escalate(long id, Instant now, Timestamp createdBefore, ReminderOutbox writer) {
        // The version moves too, so a staff action on the row as read before the mark fails and is retried.
        int marked = jdbc.update("UPDATE ticket SET escalated_at = ?, version = version + 1 WHERE id = ?"
                + " AND escalated_at IS NULL AND first_response_at IS NULL AND state IN ('OPEN', 'WAITING_FOR_STAFF')"
                + " AND created_at < ?", Timestamp.from(now), id, createdBefore);
        if (marked == 0) {
            return false;
        }
        Ticket ticket = tickets.findById(id).orElseThrow();
        String county = ticket.getCountyId() == null ? "-"
                : counties.findById(ticket.getCountyId()).map(c -> c.getName()).orElse("-");
        String text = texts.get("reminder.ticket.escalated", NoticeTexts.number(ticket.getId()), ticket.getSubject(),
                county, NoticeTexts.date(ticket.getCreatedAt()));
        for (StaffAccount staff : toldOf(ticket)) {
            writer.write(Reminder.to(staff.getChatChannel(), staff.getChatId(), null, KIND, "ticket:" + id, text));
        }
        return true;
    }

    /** The ticket's staff and the level above, those of them who linked a bot chat. */
    List<StaffAccount> toldOf(Ticket ticket) {
        List<StaffAccount> told = new ArrayList<>();
        if (ticket.getLevel() == TicketLevel.COUNTY && ticket.getCountyId() != null) {
            told.addAll(recipients.countyStaff(ticket.getCountyId()));
            told.addAll(recipients.provinceStaff(ticket.getProvinceId()));
        } else {
            told.addAll(recipients.provinceStaff(ticket.getProvinceId()));
            told.addAll(recipients.nationalAdmins());
        }
        return told;
    }
}
