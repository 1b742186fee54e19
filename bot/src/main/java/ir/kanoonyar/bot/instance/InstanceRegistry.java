package ir.kanoonyar.bot.instance;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

/** The bot_instance table: each instance's row and its last check-in. */
public final class InstanceRegistry {

    /** Rows of instances silent this long are deleted; whatever they held was given back long ago. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final JdbcTemplate jdbc;

    public InstanceRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes this instance's check-in, adding its row when missing (first check-in, or deleted meanwhile). */
    public void checkIn(BotInstance instance, Instant now) {
        int updated = jdbc.update("UPDATE bot_instance SET last_seen = ? WHERE instance_id = ?",
                Timestamp.from(now), instance.id());
        if (updated == 0) {
            jdbc.update("INSERT INTO bot_instance (instance_id, host, started_at, last_seen) VALUES (?, ?, ?, ?)",
                    instance.id(), truncate(instance.host()), Timestamp.from(instance.startedAt()), Timestamp.from(now));
        }
    }

    /** A graceful stop: the row goes, and nobody waits for this instance any more. */
    public void remove(BotInstance instance) {
        jdbc.update("DELETE FROM bot_instance WHERE instance_id = ?", instance.id());
    }

    /** Deletes rows of instances silent for a day (every start adds a row). */
    public int forgetLongDead(Instant now) {
        return jdbc.update("DELETE FROM bot_instance WHERE last_seen < ?", Timestamp.from(now.minus(FORGET_AFTER)));
    }

    /** How many instances checked in within {@code deadAfter} before {@code now}. */
    public int live(Instant now, Duration deadAfter) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM bot_instance WHERE last_seen >= ?", Integer.class,
                Timestamp.from(now.minus(deadAfter)));
        return count == null ? 0 : count;
    }

    private static String truncate(String host) {
        return host.length() <= 255 ? host : host.substring(0, 255);
    }
}
