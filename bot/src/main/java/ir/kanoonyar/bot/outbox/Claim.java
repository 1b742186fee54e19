package ir.kanoonyar.bot.outbox;

import java.time.Instant;
import java.util.Comparator;

import ir.kanoonyar.db.outbox.OutboxLane;
import ir.kanoonyar.db.person.Channel;

/**
 * A row this sender holds (SENDING on a claim made at {@code claimedAt}): what it needs to send it
 * outside any transaction. {@code broadcastId} is its broadcast's, null for any other row.
 */
record Claim(long id, Channel channel, long chatId, OutboxLane lane, Long broadcastId, String body,
             Instant claimedAt) {

    /** Direct rows first, then the oldest: the order in which held rows go out. */
    static final Comparator<Claim> SENDING_ORDER = Comparator.comparing(Claim::lane).thenComparingLong(Claim::id);

    Claim renewedAt(Instant at) {
        return new Claim(id, channel, chatId, lane, broadcastId, body, at);
    }
}
