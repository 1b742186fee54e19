package ir.kanoonyar.bot.channel;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.db.person.Channel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The poller_lease table: which bot instance long-polls each messenger. One statement decides each
 * step, so two instances never both hold a lease: the row lock orders their updates, and the second
 * one's condition no longer holds once the first has written.
 */
@Component
public class PollerLeases {

    private final JdbcTemplate jdbc;

    public PollerLeases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Renews the lease when this instance holds it, takes it when it has expired (or nobody ever held
     * it); otherwise leaves it to its holder.
     *
     * @return whether this instance holds the lease until {@code now + lease}
     */
    public boolean holdOrTake(Channel channel, String instanceId, Instant now, Duration lease) {
        Timestamp until = Timestamp.from(now.plus(lease));
        int changed = jdbc.update("UPDATE poller_lease SET instance_id = ?, expires_at = ? "
                        + "WHERE channel = ? AND (instance_id = ? OR expires_at < ?)",
                instanceId, until, channel.name(), instanceId, Timestamp.from(now));
        if (changed > 0) {
            return true;
        }
        try {
            jdbc.update("INSERT INTO poller_lease (channel, instance_id, expires_at) VALUES (?, ?, ?)",
                    channel.name(), instanceId, until);
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    /** Gives the lease up at once (a graceful stop), so another instance polls at its next check-in. */
    public void release(Channel channel, String instanceId) {
        jdbc.update("DELETE FROM poller_lease WHERE channel = ? AND instance_id = ?", channel.name(), instanceId);
    }

    /** The instance holding the messenger's lease at {@code now}, if any. */
    public Optional<String> holder(Channel channel, Instant now) {
        List<String> holders = jdbc.queryForList("SELECT instance_id FROM poller_lease WHERE channel = ? "
                + "AND expires_at >= ?", String.class, channel.name(), Timestamp.from(now));
        return holders.stream().findFirst();
    }
}
