package ir.kanoonyar.db.broadcast;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves a broadcast's waiting outbox rows to where its status asks, behind the staff member's back:
 * PENDING to HELD for a paused one, HELD to PENDING for one sending again, both to CANCELLED for a
 * cancelled one. Pause, resume and cancel only commit the status ({@link BroadcastDelivery}); a
 * 100,000-row move took seconds and kept the staff member waiting.
 * <p>
 * A move goes a window at a time, each window one short read-committed transaction, so the bot's
 * senders are never held up for long. Each window reads the broadcast's status under its row lock and
 * moves toward that status, whatever it was when the move began: a resume followed by a pause (or
 * the other way round) ends with the rows where the latest status wants them. The last window, which
 * finds nothing left to move, records the status in {@code rows_moved_for} under the same lock; until
 * then the move is unfinished, and {@link #finishAll} (the back-office runs it at once after a move
 * and every minute, the nightly clean-up once more) finishes what a crash or a deploy cut short.
 */
@Service
public class BroadcastRowMoves {

    private static final Logger log = LoggerFactory.getLogger(BroadcastRowMoves.class);

    /** The statuses whose waiting rows must be moved: the rest have none (or none waiting). */
    static final Set<BroadcastStatus> MOVED_FOR = EnumSet.of(BroadcastStatus.SENDING, BroadcastStatus.PAUSED,
            BroadcastStatus.CANCELLED);

    /** Rows moved per transaction: tens of milliseconds, a pause the senders hardly notice. */
    public static final int WINDOW = 5_000;

    /** How often a window is tried when it meets a deadlock or a lock wait with a sender's write. */
    private static final int TRIES = 5;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate window;

    public BroadcastRowMoves(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.window = new TransactionTemplate(transactions);
        this.window.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // Read committed: a window locks only the rows it changes, no gaps, so the senders can still
        // write what became of the rows they hold meanwhile.
        this.window.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** What one window did: how many rows it moved, and whether the move is finished. */
    public record Window(int moved, boolean finished) {
    }

    /** The broadcasts whose rows are not yet where their status asks (the broadcast table is small). */
    public List<Long> unfinished() {
        return jdbc.queryForList("SELECT id FROM broadcast WHERE status IN ('SENDING', 'PAUSED', 'CANCELLED')"
                + " AND (rows_moved_for IS NULL OR rows_moved_for <> status) ORDER BY id", Long.class);
    }

    /** Finishes every unfinished move. @return the rows moved */
    public int finishAll() {
        int moved = 0;
        for (long id : unfinished()) {
            moved += finish(id);
        }
        return moved;
    }

    /** Moves the broadcast's rows, window by window, until they are where its status asks. @return the rows moved */
    public int finish(long broadcastId) {
        int moved = 0;
        while (true) {
            Window done = window(broadcastId, WINDOW);
            moved += done.moved();
            if (done.finished()) {
                if (moved > 0) {
                    log.info("Broadcast {}: {} waiting outbox rows moved", broadcastId, moved);
                }
                return moved;
            }
        }
    }

    /** One window of at most {@code size} rows, in a transaction of its own, tried again on a deadlock. */
    public Window window(long broadcastId, int size) {
        for (int attempt = 1; ; attempt++) {
            try {
                return window.execute(s -> moveOnce(broadcastId, size));
            } catch (TransientDataAccessException e) {
                if (attempt >= TRIES) {
                    throw e;
                }
                log.info("Moving the rows of broadcast {} met a sender's write ({}); trying again",
                        broadcastId, e.getMessage());
            }
        }
    }

    private Window moveOnce(long broadcastId, int size) {
        // The same lock pause, resume and cancel take: the status cannot change until this window commits.
        List<Map<String, Object>> found = jdbc.queryForList(
                "SELECT status, rows_moved_for FROM broadcast WHERE id = ? FOR UPDATE", broadcastId);
        if (found.isEmpty()) {
            return new Window(0, true);
        }
        BroadcastStatus status = BroadcastStatus.valueOf(String.valueOf(found.get(0).get("status")));
        Object movedFor = found.get(0).get("rows_moved_for");
        if (!MOVED_FOR.contains(status) || status.name().equals(movedFor)) {
            return new Window(0, true);
        }
        String to = switch (status) {
            case SENDING -> "PENDING";
            case PAUSED -> "HELD";
            default -> "CANCELLED";
        };
        List<String> from = switch (status) {
            case SENDING -> List.of("HELD");
            case PAUSED -> List.of("PENDING");
            default -> List.of("PENDING", "HELD");
        };
        for (String waiting : from) {
            // Served by ix_outbox_broadcast (broadcast_id, status), which holds the ids too.
            List<Long> ids = jdbc.queryForList("SELECT id FROM outbox_message WHERE broadcast_id = ? AND status = ?"
                    + " LIMIT ?", Long.class, broadcastId, waiting, size);
            if (!ids.isEmpty()) {
                // A row a sender claimed since the read is SENDING now, and left to the sender.
                int moved = named.update("UPDATE outbox_message SET status = :to WHERE id IN (:ids) AND status = :from",
                        new MapSqlParameterSource("to", to).addValue("ids", ids).addValue("from", waiting));
                return new Window(moved, false);
            }
        }
        jdbc.update("UPDATE broadcast SET rows_moved_for = ? WHERE id = ?", status.name(), broadcastId);
        return new Window(0, true);
    }
}
