package ir.kanoonyar.bot.outbox;

import java.time.Duration;

/** How a send went, as the outbox sender needs to know it. */
public sealed interface SendResult {

    record Sent(Integer messageId) implements SendResult {
    }

    /** 429: wait this long before sending anything more on this bot. */
    record RetryAfter(Duration delay) implements SendResult {
    }

    /** 403: the person blocked the bot (or the chat is gone); stop sending to them. */
    record Blocked(String description) implements SendResult {
    }

    /** Network error or 5xx: try again later. */
    record TransientFailure(String description) implements SendResult {
    }

    /** 400 and the like: the message itself is wrong; retrying will not help. */
    record PermanentFailure(String description) implements SendResult {
    }
}
