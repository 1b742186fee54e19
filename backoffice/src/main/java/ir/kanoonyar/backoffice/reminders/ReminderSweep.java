package ir.kanoonyar.backoffice.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every {@link ReminderKind}, each in its own transaction, so one failing kind neither rolls
 * back nor stops the others. Safe to run twice or on two instances at once: every row it writes has
 * a dedup key.
 */
@Service
public class ReminderSweep {

    private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);

    private final List<ReminderKind> kinds;
    private final OutboxMessageRepository outbox;
    private final QuietHours quietHours;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ReminderSweep(List<ReminderKind> kinds, OutboxMessageRepository outbox, QuietHours quietHours,
                         TransactionTemplate tx, Clock clock) {
        this.kinds = kinds;
        this.outbox = outbox;
        this.quietHours = quietHours;
        this.tx = tx;
        this.clock = clock;
    }

    public void run() {
        run(clock.instant());
    }

    public void run(Instant now) {
        ReminderOutbox writer = new ReminderOutbox(outbox, quietHours, now);
        for (ReminderKind kind : kinds) {
            try {
                tx.executeWithoutResult(status -> kind.sweep(now, writer));
            } catch (RuntimeException e) {
                log.error("Reminder sweep of {} failed; the next sweep tries again", kind.name(), e);
            }
        }
    }
}
