package ir.kanoonyar.bot.channel;

import java.sql.Timestamp;
import java.time.Clock;

import ir.kanoonyar.db.inbox.InboundStatus;
import ir.kanoonyar.db.person.Channel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores every update before it is acknowledged (before the polling offset moves past it, before a
 * webhook call is answered). The unique key (channel, update_id) drops repeats. Updates that are
 * not a person's private chat are kept as IGNORED, for the record.
 *
 * <p>No payload over {@link WebhookSettings#maxBody()} reaches the insert, whichever way it came: a
 * statement larger than the database's packet limit (max_allowed_packet) breaks the pooled connection
 * it was sent on. Such an update is kept as FAILED with its size instead of its JSON, and its chat is
 * told.
 */
@Component
public class InboxStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final InboxProcessor processor;
    private final ReplyQueue replies;
    private final TransactionTemplate tx;
    private final int maxBytes;

    public InboxStore(JdbcTemplate jdbc, Clock clock, InboxProcessor processor, ReplyQueue replies,
                      TransactionTemplate tx, WebhookSettings limits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.processor = processor;
        this.replies = replies;
        this.tx = tx;
        this.maxBytes = limits.maxBytes();
    }

    /** @return false when the update was stored before (a repeat) */
    public boolean store(Channel channel, UpdateEnvelope update) {
        int bytes = utf8Length(update.json());
        if (bytes > maxBytes) {
            return storeTooLarge(channel, update, bytes);
        }
        InboundStatus status = update.chatId() == null ? InboundStatus.IGNORED : InboundStatus.RECEIVED;
        boolean stored = insert(channel, update.updateId(), update.chatId(), update.json(), status, null);
        if (stored && status == InboundStatus.RECEIVED) {
            processor.wake();
        }
        return stored;
    }

    /** An update we could not even read: kept with the reason (and as much of it as fits), never retried. */
    public boolean storeUnreadable(Channel channel, long updateId, String json, String error) {
        String kept = utf8Length(json) <= maxBytes ? json : json.substring(0, maxBytes / 4);
        return insert(channel, updateId, null, kept, InboundStatus.FAILED, error);
    }

    /** Kept as FAILED with its size in place of its JSON; its chat, when known, hears why nothing happens. */
    private boolean storeTooLarge(Channel channel, UpdateEnvelope update, int bytes) {
        String error = "update of " + bytes + " bytes, over the limit of " + maxBytes + " (KANOONYAR_WEBHOOK_MAX_BODY)";
        String stub = "{\"update_id\":" + update.updateId() + ",\"omitted_bytes\":" + bytes + "}";
        Boolean stored = tx.execute(status -> {
            boolean inserted = insert(channel, update.updateId(), update.chatId(), stub, InboundStatus.FAILED, error);
            if (inserted && update.chatId() != null) {
                replies.apologizeUnreadable(channel, update.chatId());
            }
            return inserted;
        });
        if (Boolean.TRUE.equals(stored) && update.chatId() != null) {
            replies.flushSoon();
        }
        return Boolean.TRUE.equals(stored);
    }

    private static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
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
