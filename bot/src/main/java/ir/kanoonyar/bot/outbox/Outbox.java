package ir.kanoonyar.bot.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.PersonChat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts replies in the outbox for the sender to deliver, in the caller's transaction: a message is
 * sent only if what caused it commits.
 */
@Service
public class Outbox {

    private final OutboxMessageRepository outbox;
    private final Clock clock;

    public Outbox(OutboxMessageRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A reply to one chat, to go out now. */
    @Transactional
    public boolean enqueue(Channel channel, long chatId, Long personId, String kind, Reply reply) {
        return enqueue(channel, chatId, personId, kind, reply, null, null);
    }

    /** A reply to a person's chat, to go out now. */
    @Transactional
    public boolean enqueue(PersonChat chat, String kind, Reply reply) {
        return enqueue(chat.getChannel(), chat.getChatId(), chat.getPersonId(), kind, reply, null, null);
    }

    /**
     * A reply to one chat.
     *
     * @param kind      what the message is about, for reports (NOTIFICATION, REMINDER…; up to 32 characters)
     * @param dedupKey  null, or a key that is enqueued at most once (a reminder per subject and period);
     *                  a second message with the same key is silently dropped, also when two writers race,
     *                  and without harming the caller's transaction
     * @param notBefore null for now, or the earliest time it may go out
     * @return false when a message with that dedup key was already in the outbox
     */
    @Transactional
    public boolean enqueue(Channel channel, long chatId, Long personId, String kind, Reply reply, String dedupKey,
                           Instant notBefore) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OutboxMessage message = new OutboxMessage(channel, chatId, personId, kind, dedupKey, OutboxBody.write(reply),
                notBefore == null ? now : notBefore.truncatedTo(ChronoUnit.MICROS), now);
        return outbox.saveUnlessDuplicate(message);
    }
}
