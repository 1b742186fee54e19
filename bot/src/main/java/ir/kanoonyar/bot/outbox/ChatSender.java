package ir.kanoonyar.bot.outbox;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.db.person.Channel;

/**
 * Sends a reply to one chat on one messenger (Telegram, Bale or the simulator). Declared here, by the
 * outbox that sends through it, and implemented by the messengers' adapters (channel, simulator), so the
 * outbox never depends on them.
 */
public interface ChatSender {

    Channel channel();

    /** False for a messenger this instance has no token for: its outbox rows are left alone. */
    default boolean enabled() {
        return true;
    }

    SendResult send(long chatId, Reply reply);

    /** Acknowledges an inline button press (a no-op where the messenger lacks the method, as on Bale). */
    default void acknowledge(String callbackId) {
    }
}
