package ir.kanoonyar.backoffice.digest;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import ir.kanoonyar.backoffice.activity.ReviewQueue;
import ir.kanoonyar.backoffice.reminders.NoticeTexts;
import ir.kanoonyar.backoffice.reminders.QuietHours;
import ir.kanoonyar.backoffice.reminders.Reminder;
import ir.kanoonyar.backoffice.reminders.ReminderOutbox;
import ir.kanoonyar.backoffice.reminders.ReminderSettings;
import ir.kanoonyar.backoffice.requests.Inbox;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.activity.ActivityReportStatus;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning digest: for every enabled staff account, what waits at their step in their scope. It
 * is kept (one row per account and day, which also makes a second run that day write nothing) for
 * the inbox's banner, and sent through the outbox to those who linked a bot chat.
 */
@Service
public class StaffDigests {

    static final String KIND = "STAFF_DIGEST";
    private static final Logger log = LoggerFactory.getLogger(StaffDigests.class);

    private final StaffAccountRepository staff;
    private final Inbox inbox;
    private final JdbcTemplate jdbc;
    private final NoticeTexts texts;
    private final OutboxMessageRepository outbox;
    private final QuietHours quietHours;
    private final ReminderSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ReviewQueue activityReports;

    public StaffDigests(StaffAccountRepository staff, Inbox inbox, JdbcTemplate jdbc, NoticeTexts texts,
                        OutboxMessageRepository outbox, QuietHours quietHours, ReminderSettings settings,
                        TransactionTemplate tx, Clock clock, ReviewQueue activityReports) {
        this.staff = staff;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.texts = texts;
        this.outbox = outbox;
        this.quietHours = quietHours;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
        this.activityReports = activityReports;
    }

    public void run() {
        run(clock.instant());
    }

    public void run(Instant now) {
        LocalDate day = now.atZone(settings.zone()).toLocalDate();
        ReminderOutbox writer = new ReminderOutbox(outbox, quietHours, now);
        for (StaffAccount account : staff.findByEnabledTrue()) {
            try {
                tx.executeWithoutResult(status -> digest(account, day, now, writer));
            } catch (RuntimeException e) {
                log.error("Digest of staff {} failed", account.getUsername(), e);
            }
        }
    }

    /** The line about activity reports waiting in the staff member's region, when some wait. */
    private String activityLine(StaffScope scope) {
        long waiting = activityReports.count(scope, ActivityReportStatus.SUBMITTED);
        return waiting == 0 ? "" : "\n" + texts.get("reminder.digest.activity", NoticeTexts.number(waiting));
    }

    private void digest(StaffAccount account, LocalDate day, Instant now, ReminderOutbox writer) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM staff_digest WHERE staff_account_id = ?"
                + " AND digest_date = ?", Integer.class, account.getId(), Date.valueOf(day));
        if (existing != null && existing > 0) {
            return;
        }
        // Counted only now: a catch-up run after a missed morning finds most digests already written.
        Inbox.Waiting counts = inbox.waiting(StaffScope.of(account), now);
        jdbc.update("INSERT INTO staff_digest (staff_account_id, digest_date, pending, overdue, escalated, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE staff_account_id = staff_account_id",
                account.getId(), Date.valueOf(day), counts.pending(), counts.overdue(), counts.escalated(),
                Timestamp.from(now));
        if (account.getChatChannel() != null && account.getChatId() != null) {
            writer.write(Reminder.to(account.getChatChannel(), account.getChatId(), null, KIND,
                    "digest:" + account.getId() + ":" + day,
                    texts.get("reminder.digest", NoticeTexts.number(counts.pending()),
                            NoticeTexts.number(counts.overdue()), NoticeTexts.number(counts.escalated()))
                            + activityLine(StaffScope.of(account))));
        }
    }
}
