package ir.kanoonyar.backoffice.reminders;

import java.time.Instant;

import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;

/**
 * Writes one run's reminders into the outbox: in the bulk lane (a sweep writes many at once; a
 * person's replies go first), at most once per dedup key (the unique key uk_outbox_dedup decides,
 * not a check), and never to go out in quiet hours (notBefore moves to the morning).
 */
public class ReminderOutbox {

    private final OutboxMessageRepository outbox;
    private final Instant now;
    private final Instant notBefore;

    public ReminderOutbox(OutboxMessageRepository outbox, QuietHours quietHours, Instant now) {
        this.outbox = outbox;
        this.now = now;
        this.notBefore = quietHours.notBefore(now);
    }

    /** @return whether the reminder was new (false: its key was written before) */
    public boolean write(Reminder reminder) {
        return outbox.saveUnlessDuplicate(OutboxMessage.text(reminder.channel(), reminder.chatId(),
                reminder.personId(), reminder.kind(), reminder.dedupKey(), reminder.text(), notBefore, now)
                .inBulkLane());
    }
}
