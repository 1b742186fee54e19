package ir.kanoonyar.bot.inbox;

import java.sql.Timestamp;
import java.time.Clock;

import ir.kanoonyar.bot.channel.UpdateEnvelope;
import ir.kanoonyar.db.inbox.InboundStatus;
import ir.kanoonyar.db.person.Channel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores every update before it is acknowledged (before the polling offset moves past it, before a
 * webhook call is answered). The unique key (channel, update_id) drops repeats. Updates that are
 * not a person's private chat are kept as IGNORED, for the record.
 */
@Component
public class InboxStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final InboxProcessor processor;

    public InboxStore(JdbcTemplate jdbc, Clock clock, InboxProcessor processor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.processor = processor;
    }

    /** @return false when the update was stored before (a repeat) */
    public boolean store(Channel channel, UpdateEnvelope update) {
        InboundStatus status = update.chatId() == null ? InboundStatus.IGNORED : InboundStatus.RECEIVED;
        boolean stored = insert(channel, update.updateId(), update.chatId(), update.json(), status, null);
        if (stored && status == InboundStatus.RECEIVED) {
            processor.wake();
        }
        return stored;
    }

    /** An update we could not even read: kept with the reason, never retried. */
    public boolean storeUnreadable(Channel channel, long updateId, String json, String error) {
        return insert(channel, updateId, null, json, InboundStatus.FAILED, error);
    }

    private boolean insert(Channel channel, long updateId, Long chatId, String json, InboundStatus status,
                           String error) {
        try {
            jdbc.update("INSERT INTO inbound_update (channel, update_id, chat_id, payload, status, attempts, "
                            + "last_error, received_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
                    channel.name(), updateId, chatId, json, status.name(), truncate(error),
                    Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException repeat) {
            return false;
        }
    }

    static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
