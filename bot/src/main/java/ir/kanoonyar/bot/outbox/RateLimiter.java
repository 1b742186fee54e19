package ir.kanoonyar.bot.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import ir.kanoonyar.db.person.Channel;

/**
 * Paces sends: at most {@code ratePerBot} a second on one channel (one bot) and {@code ratePerChat}
 * a second to one chat, where a chat that was quiet may take {@code chatBurst} messages back to back
 * (a form's answer and its next question; Telegram tolerates short bursts in private chats) before
 * the pace applies: a token bucket per chat, kept as its theoretical arrival time (GCRA). The
 * per-bot limit has no such allowance. A channel's sends are booked on a schedule 1/ratePerBot apart. A sender that
 * fell behind its schedule (a pause of the JVM or a busy machine, which at 1,000 msg/s is a matter of
 * milliseconds) and is less than {@link #CATCH_UP} behind sends the slots it missed back to back
 * rather than lose them; however it catches up, no window of one second holds more than ratePerBot sends (the
 * last ratePerBot send times are kept and checked). A channel can also be paused (a 429 asked the bot
 * to wait). Kept in memory: each bot instance paces itself.
 */
final class RateLimiter {

    /** How far behind its schedule a channel may still catch up. */
    static final Duration CATCH_UP = Duration.ofMillis(100);

    /** Chats remembered before the ones whose next slot has passed are forgotten. */
    private static final int CHATS_BEFORE_PRUNING = 10_000;

    private final Clock clock;
    private final Duration botInterval;
    private final Duration chatInterval;
    /** How far ahead of a chat's pace a send may be: (burst - 1) intervals. */
    private final Duration chatTolerance;
    private final Map<Channel, Instant> nextOnChannel = new EnumMap<>(Channel.class);
    private final Map<Channel, Instant> pausedUntil = new EnumMap<>(Channel.class);
    /** Per chat, when its bucket would be full again (its theoretical arrival time). */
    private final Map<ChatKey, Instant> chatFullAt = new HashMap<>();
    /** The times of a channel's last {@link #perSecond} sends, oldest first. */
    private final Map<Channel, ArrayDeque<Instant>> recentOnChannel = new EnumMap<>(Channel.class);
    private final int perSecond;

    RateLimiter(double ratePerBot, double ratePerChat, int chatBurst, Clock clock) {
        if (chatBurst < 1) {
            throw new IllegalArgumentException("chat burst must be at least 1: " + chatBurst);
        }
        this.botInterval = interval(ratePerBot);
        this.perSecond = Math.max(1, (int) Math.floor(ratePerBot));
        this.chatInterval = interval(ratePerChat);
        this.chatTolerance = chatInterval.multipliedBy(chatBurst - 1L);
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
        Instant next = chatNext(new ChatKey(channel, chatId));
        return next == null || !next.isAfter(clock.instant());
    }

    /**
     * Books the next slot for a message to this chat and says how long to wait for it (zero when it
     * is now). The caller must then send or give the slot up; a booked slot is never handed out twice.
     */
    synchronized Duration reserve(Channel channel, long chatId) {
        Instant now = clock.instant();
        ChatKey chat = new ChatKey(channel, chatId);
        Instant scheduled = nextOnChannel.get(channel);
        // Behind by less than CATCH_UP: keep the schedule and catch up. Further behind (the channel was
        // idle, or stalled for long): start afresh now, so an idle bot never bursts.
        Instant slot = scheduled == null || scheduled.isBefore(now.minus(CATCH_UP)) ? now : scheduled;
        slot = latest(slot, chatNext(chat), pausedUntil.get(channel));
        ArrayDeque<Instant> recent = recentOnChannel.computeIfAbsent(channel, c -> new ArrayDeque<>());
        if (recent.size() >= perSecond) {
            slot = latest(slot, recent.peekFirst().plusSeconds(1));
            recent.pollFirst();
        }
        Instant start = latest(now, slot);
        recent.addLast(start);
        nextOnChannel.put(channel, slot.plus(botInterval));
        chatFullAt.put(chat, latest(start, chatFullAt.get(chat)).plus(chatInterval));
        if (chatFullAt.size() > CHATS_BEFORE_PRUNING) {
            chatFullAt.values().removeIf(full -> !full.isAfter(now));
        }
        return Duration.between(now, start);
    }

    /** The earliest a message to this chat may go out, or null when its bucket is full. */
    private Instant chatNext(ChatKey chat) {
        Instant full = chatFullAt.get(chat);
        return full == null ? null : full.minus(chatTolerance);
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
