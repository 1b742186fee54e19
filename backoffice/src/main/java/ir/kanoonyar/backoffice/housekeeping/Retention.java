package ir.kanoonyar.backoffice.housekeeping;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import ir.kanoonyar.db.broadcast.BroadcastArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the bot's old traffic, so that the database of a country's worth of chats does not grow
 * without end: every update is stored before it is handled and every reply goes through the outbox,
 * each with its JSON. What is kept and for how long is {@link RetentionSettings}'.
 * <p>
 * Rows are deleted window by window along the primary key, oldest first, each window one short
 * read-committed transaction that locks only the rows it deletes: the bot keeps writing and sending
 * meanwhile. Ids grow with time, so the walk stops at the first window that holds nothing old enough,
 * and a run reads the old rows and one window more, not the whole table.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    /** Handled updates; FAILED ones stay for a person to look at. */
    static final String INBOX_DONE = "status IN ('DONE', 'IGNORED')";
    /**
     * Finished messages that are neither a broadcast's (those go with their broadcast, whose figures
     * are kept first: {@link BroadcastArchive}) nor keyed against a second send.
     */
    static final String OUTBOX_DONE = "status IN ('SENT', 'FAILED', 'BLOCKED', 'CANCELLED')"
            + " AND broadcast_id IS NULL AND dedup_key IS NULL";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final BroadcastArchive broadcasts;
    private final RetentionSettings settings;
    private final Clock clock;

    public Retention(JdbcTemplate jdbc, PlatformTransactionManager transactions, BroadcastArchive broadcasts,
                     RetentionSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.broadcasts = broadcasts;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.settings = settings;
        this.clock = clock;
    }

    /** What one run deleted: updates, messages, and the rows of broadcasts archived. */
    public record Purged(int inboundUpdates, int outboxMessages, int broadcastMessages, Duration took) {
    }

    public Purged run() {
        Instant started = clock.instant();
        int updates = purge("inbound_update", "received_at", INBOX_DONE, started.minus(settings.inbox()));
        int messages = purge("outbox_message", "created_at", OUTBOX_DONE, started.minus(settings.outbox()));
        int broadcastMessages = broadcasts.archiveFinishedBefore(started.minus(settings.outbox()), settings.window());
        Purged purged = new Purged(updates, messages, broadcastMessages, Duration.between(started, clock.instant()));
        log.info("Retention: deleted {} handled updates older than {}, {} finished messages and {} rows of"
                        + " broadcasts finished more than {} ago, in {} ms", updates, settings.inbox(), messages,
                broadcastMessages, settings.outbox(), purged.took().toMillis());
        return purged;
    }

    /** Deletes the rows matching {@code condition} whose {@code timeColumn} is before {@code cutoff}. */
    private int purge(String table, String timeColumn, String condition, Instant cutoff) {
        Timestamp before = Timestamp.from(cutoff);
        int deleted = 0;
        Long from = jdbc.queryForObject("SELECT MIN(id) FROM " + table, Long.class);
        while (from != null) {
            long start = from;
            long end = start + settings.window();
            Timestamp oldest = jdbc.queryForObject("SELECT MIN(" + timeColumn + ") FROM " + table
                    + " WHERE id >= ? AND id < ?", Timestamp.class, start, end);
            if (oldest != null && !oldest.before(before)) {
                break;
            }
            Integer count = tx.execute(s -> jdbc.update("DELETE FROM " + table + " WHERE id >= ? AND id < ? AND "
                    + timeColumn + " < ? AND " + condition, start, end, before));
            deleted += count == null ? 0 : count;
            // The next row at or after the window's end: gaps in the ids are skipped, not walked.
            from = jdbc.queryForObject("SELECT MIN(id) FROM " + table + " WHERE id >= ?", Long.class, end);
        }
        return deleted;
    }
}
