package ir.kanoonyar.bot.channel;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.ReplyMerger;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.outbox.ChatSender;
import ir.kanoonyar.bot.outbox.Outbox;
import ir.kanoonyar.bot.outbox.OutboxDoorbell;
import ir.kanoonyar.db.person.Channel;
import org.springframework.stereotype.Component;

/**
 * Where the conversation's replies go: into the outbox, in the transaction that handled the update,
 * so a reply is sent if and only if the update's effects were saved. The sender is woken right after
 * the commit, so a person does not wait for its next poll.
 */
@Component
public class ReplyQueue {

    static final String KIND = "REPLY";

    private final Outbox outbox;
    private final OutboxDoorbell doorbell;
    private final Texts texts;
    private final Map<Channel, ChatSender> senders;

    public ReplyQueue(Outbox outbox, OutboxDoorbell doorbell, Texts texts, List<ChatSender> senders) {
        this.outbox = outbox;
        this.doorbell = doorbell;
        this.texts = texts;
        // Where two senders claim a channel, the one that is enabled here wins.
        this.senders = senders.stream().collect(Collectors.toMap(ChatSender::channel, Function.identity(),
                (a, b) -> a.enabled() ? a : b));
    }

    /** One outbox row per message: neighbouring replies one message can carry go as one ({@link ReplyMerger}). */
    void enqueue(Channel channel, long chatId, Long personId, List<Reply> replies) {
        for (Reply reply : ReplyMerger.merge(replies)) {
            outbox.enqueue(channel, chatId, personId, KIND, reply);
        }
    }

    void apologize(Channel channel, long chatId) {
        outbox.enqueue(channel, chatId, null, KIND, Reply.text(texts.get(Text.SORRY_ERROR)));
    }

    /** For an update that could not be read or was too large to keep: the person is told, not left waiting. */
    void apologizeUnreadable(Channel channel, long chatId) {
        outbox.enqueue(channel, chatId, null, KIND, Reply.text(texts.get(Text.UPDATE_UNREADABLE)));
    }

    /** Stops the button's spinner; best effort, outside any transaction. */
    void acknowledge(Channel channel, String callbackId) {
        ChatSender chatSender = senders.get(channel);
        if (chatSender != null) {
            chatSender.acknowledge(callbackId);
        }
    }

    void flushSoon() {
        doorbell.ring();
    }
}
