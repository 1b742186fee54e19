package ir.kanoonyar.db.request;

import java.time.Clock;

import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import org.springframework.stereotype.Component;

/**
 * Writes the applicant's notice into the outbox in the same transaction as the move that causes
 * it, on every messenger the applicant uses and has not blocked. The bot sends it.
 */
@Component
public class ApplicantNotices {

    static final String KIND = "STATUS_CHANGED";

    private final PersonChatRepository chats;
    private final OutboxMessageRepository outbox;
    private final Clock clock;

    public ApplicantNotices(PersonChatRepository chats, OutboxMessageRepository outbox, Clock clock) {
        this.chats = chats;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void tell(Request request, ApplicantNotice notice, String comment) {
        String text = notice.text(request, comment);
        for (PersonChat chat : chats.findByPersonIdAndBlockedAtIsNull(request.getApplicantPersonId())) {
            outbox.save(OutboxMessage.text(chat.getChannel(), chat.getChatId(), request.getApplicantPersonId(), KIND,
                    null, text, clock.instant(), clock.instant()));
        }
    }
}
