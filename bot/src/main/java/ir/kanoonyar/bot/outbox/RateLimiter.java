package ir.kanoonyar.bot.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import ir.kanoonyar.db.person.Channel;

/**
 * Paces sends: at most {@code ratePerBot} a second on one channel (one bot) and {@code ratePerChat}
 * a second to one chat, with no bursts: sends on a channel are at least 1/ratePerBot apart, so no
 * window of one second holds more than ratePerBot of them. A channel can also be paused (a 429 asked
 * the bot to wait). Kept in memory: each bot instance paces itself.
 */
final class RateLimiter {

    /** Chats remembered before the ones whose next slot has passed are forgotten. */
    private static final int CHATS_BEFORE_PRUNING = 10_000;

    private final Clock clock;
    private final Duration botInterval;
    private final Duration chatInterval;
    private final Map<Channel, Instant> nextOnChannel = new EnumMap<>(Channel.class);
    private final Map<Channel, Instant> pausedUntil = new EnumMap<>(Channel.class);
    private final Map<ChatKey, Instant> nextToChat = new HashMap<>();

    RateLimiter(double ratePerBot, double ratePerChat, Clock clock) {
        this.botInterval = interval(ratePerBot);
        this.chatInterval = interval(ratePerChat);
        this.clock = clock;
    }

    /** The time between two sends at this rate, rounded up so that a second never holds one more. */
    static Duration interval(double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + perSecond);
        }
        return Duration.ofNanos((long) Math.ceil(1_000_000_000d / perSecond));
    }

    /** Whether a message to this chat may go out now as far as the chat is concerned. */
    synchronized boolean chatReady(Channel channel, long chatId) {
        Instant next = nextToChat.get(new ChatKey(channel, chatId));
        return next == null || !next.isAfter(clock.instant());
    }

    /**
     * Books the next slot for a message to this chat and says how long to wait for it (zero when it
     * is now). The caller must then send or give the slot up; a booked slot is never handed out twice.
     */
    synchronized Duration reserve(Channel channel, long chatId) {
        Instant now = clock.instant();
        ChatKey chat = new ChatKey(channel, chatId);
        Instant start = latest(now, nextOnChannel.get(channel), nextToChat.get(chat), pausedUntil.get(channel));
        nextOnChannel.put(channel, start.plus(botInterval));
        nextToChat.put(chat, start.plus(chatInterval));
        if (nextToChat.size() > CHATS_BEFORE_PRUNING) {
            nextToChat.values().removeIf(next -> !next.isAfter(now));
        }
        return Duration.between(now, start);
    }

    /** Nothing goes out on this channel before that instant. */
    synchronized void pause(Channel channel, Instant until) {
        pausedUntil.merge(channel, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The end of the channel's pause, or null when it is not paused now. */
    synchronized Instant pausedUntil(Channel channel) {
        Instant until = pausedUntil.get(channel);
        if (until == null || !until.isAfter(clock.instant())) {
            pausedUntil.remove(channel);
            return null;
        }
        return until;
    }

    private static Instant latest(Instant first, Instant... others) {
        Instant latest = first;
        for (Instant other : others) {
            if (other != null && other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }

    private record ChatKey(Channel channel, long chatId) {
    }
}
