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
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.staff.StaffAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests past their due time at a review step are escalated, once per step: the step's staff
 * (the request's county, or its province) and the level above (its province, or the national
 * admins) are told through the outbox where they linked a bot chat, and the inbox marks the
 * request. The mark is set by a guarded UPDATE, so of two instances (or two runs) only one wins;
 * the workflow clears it when the request changes step, and a later step can be escalated again.
 */
@Service
public class Escalations {

    static final String KIND = "ESCALATION";
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(Escalations.class);

    private final JdbcTemplate jdbc;
    private final RequestRepository requests;
    private final CountyRepository counties;
    private final Recipients recipients;
    private final NoticeTexts texts;
    private final OutboxMessageRepository outbox;
    private final QuietHours quietHours;
    private final TransactionTemplate tx;
    private final Clock clock;

    public Escalations(JdbcTemplate jdbc, RequestRepository requests, CountyRepository counties,
                       Recipients recipients, NoticeTexts texts, OutboxMessageRepository outbox,
                       QuietHours quietHours, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.requests = requests;
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

    /** @return how many requests this run escalated */
    public int run(Instant now) {
        ReminderOutbox writer = new ReminderOutbox(outbox, quietHours, now);
        int escalated = 0;
        List<Long> due;
        long afterId = 0;
        do {
            due = jdbc.queryForList("SELECT id FROM request WHERE status IN ('COUNTY_REVIEW', 'PROVINCE_REVIEW')"
                            + " AND escalated_at IS NULL AND due_at < ? AND id > ? ORDER BY id LIMIT " + BATCH,
                    Long.class, Timestamp.from(now), afterId);
            for (Long id : due) {
                try {
                    if (Boolean.TRUE.equals(tx.execute(status -> escalate(id, now, writer)))) {
                        escalated++;
                    }
                } catch (RuntimeException e) {
                    log.error("Escalating request {} failed; the next run tries again", id, e);
                }
                afterId = id;
            }
        } while (due.size() == BATCH);
        return escalated;
    }

    private boolean escalate(long id, Instant now, ReminderOutbox writer) {
        // The version moves too: a staff member's save of the row as it was read before the mark then
        // fails as any concurrent change does, rather than writing back the null it read.
        int marked = jdbc.update("UPDATE request SET escalated_at = ?, version = version + 1 WHERE id = ?"
                        + " AND escalated_at IS NULL"
                        + " AND due_at < ? AND status IN ('COUNTY_REVIEW', 'PROVINCE_REVIEW')",
                Timestamp.from(now), id, Timestamp.from(now));
        if (marked == 0) {
            return false;
        }
        Request request = requests.findById(id).orElseThrow();
        String county = request.getCountyId() == null ? "-"
                : counties.findById(request.getCountyId()).map(c -> c.getName()).orElse("-");
        String text = texts.get("reminder.escalated", TrackingCode.inText(request.getTrackingCode()), county,
                texts.get("reminder.step." + request.getStatus().name()), NoticeTexts.date(request.getDueAt()));
        String subject = "escalation:" + id + ":" + request.getStatus().name() + ":"
                + request.getDueAt().getEpochSecond();
        for (StaffAccount staff : toldOf(request)) {
            writer.write(Reminder.to(staff.getChatChannel(), staff.getChatId(), null, KIND, subject, text));
        }
        return true;
    }

    /** The step's staff and the level above, those of them who linked a bot chat. */
    List<StaffAccount> toldOf(Request request) {
        List<StaffAccount> told = new ArrayList<>();
        if (request.getStatus() == RequestStatus.COUNTY_REVIEW) {
            told.addAll(recipients.countyStaff(request.getCountyId()));
            told.addAll(recipients.provinceStaff(request.getProvinceId()));
        } else if (request.getStatus() == RequestStatus.PROVINCE_REVIEW) {
            told.addAll(recipients.provinceStaff(request.getProvinceId()));
            told.addAll(recipients.nationalAdmins());
        }
        return told;
    }
}
