package ir.kanoonyar.db.broadcast;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox rows of broadcasts finished long ago: a 100,000-recipient broadcast leaves 100,000 rows,
 * each with the text. Their figures are kept on the broadcast first ({@link Broadcast#archive}), then
 * the rows are deleted a batch at a time, each batch one short read-committed transaction. The
 * progress page of an archived broadcast shows the kept figures.
 */
@Service
public class BroadcastArchive {

    private final BroadcastRepository broadcasts;
    private final BroadcastDelivery delivery;
    private final BroadcastRowMoves moves;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate tx;
    private final Clock clock;

    public BroadcastArchive(BroadcastRepository broadcasts, BroadcastDelivery delivery, BroadcastRowMoves moves,
                            JdbcTemplate jdbc,
                            PlatformTransactionManager transactions, Clock clock) {
        this.broadcasts = broadcasts;
        this.delivery = delivery;
        this.moves = moves;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.tx = new TransactionTemplate(transactions);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    /**
     * Archives every broadcast finished before {@code cutoff} with nothing left to send, and deletes
     * its rows {@code batch} at a time; a run cut short finishes the deleting next time.
     *
     * @return the outbox rows deleted
     */
    public int archiveFinishedBefore(Instant cutoff, int batch) {
        Timestamp before = Timestamp.from(cutoff);
        List<Long> candidates = jdbc.queryForList("SELECT b.id FROM broadcast b WHERE b.enqueued_at < ?"
                + " AND b.status IN ('SENDING', 'DONE', 'CANCELLED')"
                + " AND (b.archived_at IS NULL OR EXISTS (SELECT 1 FROM outbox_message o WHERE o.broadcast_id = b.id))"
                + " ORDER BY b.id", Long.class, before);
        int deleted = 0;
        for (long id : candidates) {
            // A cancel whose move a crash cut short leaves rows waiting or held: finish it first.
            moves.finish(id);
            // Counting also marks a broadcast nobody watched to the end DONE, if nothing is left.
            BroadcastProgress figures = delivery.progress(id);
            Boolean archived = tx.execute(s -> {
                Broadcast broadcast = broadcasts.lockById(id).orElseThrow();
                if (broadcast.getArchivedAt() != null) {
                    return true;
                }
                if (!broadcast.getStatus().isFinal() || figures.left() > 0 || broadcast.getFinishedAt() == null
                        || !broadcast.getFinishedAt().isBefore(cutoff)) {
                    return false;
                }
                broadcast.archive(figures, clock.instant().truncatedTo(ChronoUnit.MICROS));
                return true;
            });
            if (Boolean.TRUE.equals(archived)) {
                deleted += deleteRows(id, batch);
            }
        }
        return deleted;
    }

    private int deleteRows(long broadcastId, int batch) {
        int deleted = 0;
        while (true) {
            // Served by ix_outbox_broadcast (broadcast_id, status), which holds the ids too.
            List<Long> ids = jdbc.queryForList("SELECT id FROM outbox_message WHERE broadcast_id = ? LIMIT ?",
                    Long.class, broadcastId, batch);
            if (ids.isEmpty()) {
                return deleted;
            }
            Integer count = tx.execute(s -> named.update("DELETE FROM outbox_message WHERE id IN (:ids)",
                    new MapSqlParameterSource("ids", ids)));
            deleted += count == null ? 0 : count;
        }
    }
}
