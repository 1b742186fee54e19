package ir.kanoonyar.bot.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox sender's settings ({@code kanoonyar.outbox.*}, or KANOONYAR_OUTBOX_* in the environment).
 *
 * @param enabled        whether the background loop runs (tests turn it off and call drainOnce themselves)
 * @param ratePerBot     messages per second one bot (one channel) sends at most, all chats together;
 *                       Telegram asks for no more than 30. Each bot instance keeps its own count.
 * @param ratePerChat    messages per second to one chat at most
 * @param batchSize      rows claimed at once (and outcomes written at once, at most, when the loop runs)
 * @param pollInterval   the pause between rounds when the last round found less than a full batch
 * @param maxAttempts    sends tried before a row failing with network errors or 5xx is FAILED
 * @param lease          how long a claim holds a row; longer than one send can take (HTTP timeouts)
 * @param backoffInitial the wait after the first failed attempt; it doubles with each further attempt
 * @param backoffMax     the longest wait between attempts
 * @param workers        sends in flight at once per bot instance (HTTP calls waiting for the messenger);
 *                       the rate limits still hold, this only keeps the messenger's round trip from
 *                       capping the rate: 30 msg/s with a 500 ms round trip needs 15
 * @param chatBurst      messages a chat that was quiet may get back to back before ratePerChat paces it
 *                       (an answer and the next question); 1 paces every message. Per chat only: the
 *                       per-bot rate has no burst
 */
@ConfigurationProperties("kanoonyar.outbox")
public record OutboxSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30") double ratePerBot,
        @DefaultValue("1") double ratePerChat,
        @DefaultValue("50") int batchSize,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("10s") Duration backoffInitial,
        @DefaultValue("10m") Duration backoffMax,
        @DefaultValue("16") int workers,
        @DefaultValue("3") int chatBurst) {

    public OutboxSettings {
        requirePositive(ratePerBot, "rate-per-bot");
        requirePositive(ratePerChat, "rate-per-chat");
        requirePositive(batchSize, "batch-size");
        requirePositive(maxAttempts, "max-attempts");
        requirePositive(workers, "workers");
        requirePositive(chatBurst, "chat-burst");
        requirePositive(pollInterval, "poll-interval");
        requirePositive(lease, "lease");
        requirePositive(backoffInitial, "backoff-initial");
        requirePositive(backoffMax, "backoff-max");
        if (backoffMax.compareTo(backoffInitial) < 0) {
            throw new IllegalArgumentException("kanoonyar.outbox.backoff-max must not be shorter than backoff-initial");
        }
    }

    /** The defaults, as the app runs without settings. */
    public static OutboxSettings defaults() {
        return new OutboxSettings(true, 30, 1, 50, Duration.ofMillis(500), 10, Duration.ofMinutes(2),
                Duration.ofSeconds(10), Duration.ofMinutes(10), 16, 3);
    }

    /**
     * The most rows one sender holds (claimed, not yet recorded) at once: what it can send within the
     * lease at its rate. More would outlive their lease in memory, and after a crash more people would
     * wait for rows nobody sends.
     */
    public int maxHeld() {
        double perLease = ratePerBot * lease.toMillis() / 1000.0;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.floor(perLease)));
    }

    /** The wait before the next try after this many attempts (1 or more) failed: initial, doubled each time, capped. */
    public Duration backoffAfter(int failedAttempts) {
        Duration wait = backoffInitial;
        for (int i = 1; i < failedAttempts && wait.compareTo(backoffMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("kanoonyar.outbox." + name + " must be a positive number, got " + value);
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("kanoonyar.outbox." + name + " must be a positive duration, got " + value);
        }
    }
}
