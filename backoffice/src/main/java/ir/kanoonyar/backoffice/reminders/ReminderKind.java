package ir.kanoonyar.backoffice.reminders;

import java.time.Instant;

/**
 * One kind of reminder: finds who is due for it now and hands each reminder to the outbox writer.
 * Adding a kind is one {@code @Component} implementing this; the sweep runs every kind it finds, each
 * in its own transaction. A kind must give every subject and period its own dedup key, so that
 * running it twice (two instances, a retry, a restart) writes nothing more.
 */
public interface ReminderKind {

    /** A short name for logs. */
    String name();

    void sweep(Instant now, ReminderOutbox outbox);
}
