package ir.kanoonyar.db.broadcast;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A broadcast's rows in the outbox, counted together (index ix_outbox_broadcast); {@link BroadcastRowMoves}
 * moves them. Rows a sender holds (SENDING) are left to finish: pausing or cancelling stops what has
 * not started.
 */
@Component
public class BroadcastOutbox {

    /** The window the send rate is measured over. */
    static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;

    public BroadcastOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public BroadcastProgress progress(long broadcastId, Instant enqueuedAt, Instant now) {
        long[] counts = new long[5];
        jdbc.query("SELECT status, COUNT(*) FROM outbox_message WHERE broadcast_id = ? GROUP BY status", rs -> {
            long n = rs.getLong(2);
            switch (rs.getString(1)) {
                case "SENT" -> counts[0] += n;
                case "FAILED" -> counts[1] += n;
                case "BLOCKED" -> counts[2] += n;
                case "CANCELLED" -> counts[3] += n;
                default -> counts[4] += n;
            }
        }, broadcastId);
        double perSecond = 0;
        Instant finish = null;
        if (counts[4] > 0 && enqueuedAt != null) {
            Instant from = now.minus(RATE_WINDOW);
            if (from.isBefore(enqueuedAt)) {
                from = enqueuedAt;
            }
            long seconds = Math.max(1, Duration.between(from, now).toSeconds());
            Long recent = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE broadcast_id = ?"
                    + " AND status = 'SENT' AND sent_at >= ?", Long.class, broadcastId, Timestamp.from(from));
            perSecond = recent == null ? 0 : (double) recent / seconds;
            if (perSecond > 0) {
                finish = now.plusMillis((long) Math.ceil(counts[4] * 1000 / perSecond));
            }
        }
        return new BroadcastProgress(counts[0], counts[1], counts[2], counts[3], counts[4], perSecond, finish);
    }
}
