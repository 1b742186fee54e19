package ir.kanoonyar.bot.flows;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.outbox.Outbox;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestName;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant, on every messenger they use, how a signer answered their consent link. Called
 * before the answer is recorded, in the same transaction: the last signature's notice is then queued
 * before the «all signed» notice that recording it writes, and the outbox sends a chat's rows in order.
 */
@Component
public class ConsentNotices {

    private final Texts texts;
    private final PersonChatRepository chats;
    private final Outbox outbox;

    public ConsentNotices(Texts texts, PersonChatRepository chats, Outbox outbox) {
        this.texts = texts;
        this.chats = chats;
        this.outbox = outbox;
    }

    public void consentAnswered(Request request, Consent consent, boolean signed, String comment) {
        String role = texts.get(RequestFiling.roleName(consent.getRole()));
        String code = RequestName.of(request);
        String text = signed ? texts.get(Text.APPLICANT_CONSENT_SIGNED, role, code)
                : texts.get(Text.APPLICANT_CONSENT_REFUSED, role, code, comment == null ? "-" : comment);
        for (PersonChat chat : chats.findByPersonIdAndBlockedAtIsNull(request.getApplicantPersonId())) {
            outbox.enqueue(chat.getChannel(), chat.getChatId(), request.getApplicantPersonId(), "CONSENT_ANSWERED",
                    Reply.text(text));
        }
    }
}
