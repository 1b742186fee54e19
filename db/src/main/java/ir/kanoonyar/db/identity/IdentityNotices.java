package ir.kanoonyar.db.identity;

import java.time.Clock;
import java.util.List;

import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a kanoon's manager is told about the kit, written into the outbox in the transaction that
 * decides it: the kit itself (the sign's preview as a photo, then the three PDFs, the last one carrying
 * the button that asks for the photo of the installed sign), and the staff's answer to that photo.
 */
@Component
public class IdentityNotices {

    static final String KIT = "IDENTITY_KIT";
    static final String SIGN_ANSWER = "SIGN_PHOTO_ANSWER";

    /**
     * The callback data of «ارسال عکس تابلوی نصب‌شده»: a lasting button ("*" instead of the keyboard
     * stamp, see the bot's ButtonCodec), since it is sent from the outbox, outside any conversation.
     */
    public static String signPhotoButtonData(long kanoonId) {
        return "*|sign:" + kanoonId;
    }

    private final PersonChatRepository chats;
    private final OutboxMessageRepository outbox;
    private final Clock clock;

    public IdentityNotices(PersonChatRepository chats, OutboxMessageRepository outbox, Clock clock) {
        this.chats = chats;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The kit of the kanoon, to its manager: returns how many messages were queued (0: no chat). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int kit(KanoonIdentity kanoon, Long managerPersonId) {
        if (managerPersonId == null) {
            return 0;
        }
        String number = kanoon.licenceNumber();
        List<String> bodies = List.of(
                OutboxMessage.mediaBody("PHOTO", IdentityKit.text("identity.notice.kit", kanoon.kanoonName()),
                        IdentityKits.source(Piece.SIGN, true, number)),
                OutboxMessage.documentBody(IdentityKit.text("identity.notice.file.BANNER", kanoon.kanoonName()),
                        IdentityKits.source(Piece.BANNER, false, number)),
                OutboxMessage.documentBody(IdentityKit.text("identity.notice.file.LETTERHEAD", kanoon.kanoonName()),
                        IdentityKits.source(Piece.LETTERHEAD, false, number)),
                OutboxMessage.withInlineButton(OutboxMessage.documentBody(
                        IdentityKit.text("identity.notice.file.SIGN", kanoon.kanoonName()),
                        IdentityKits.source(Piece.SIGN, false, number)),
                        IdentityKit.text("identity.notice.button"), signPhotoButtonData(kanoon.kanoonId())));
        int queued = 0;
        for (PersonChat chat : chats.findByPersonIdAndBlockedAtIsNull(managerPersonId)) {
            for (String body : bodies) {
                outbox.save(new OutboxMessage(chat.getChannel(), chat.getChatId(), managerPersonId, KIT, null, body,
                        clock.instant(), clock.instant()));
                queued++;
            }
        }
        return queued;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void confirmed(String kanoonName, Long managerPersonId) {
        tell(managerPersonId, IdentityKit.text("identity.notice.confirmed", kanoonName,
                JalaliDate.of(clock.instant(), JalaliDate.TEHRAN).formatLong()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void fixAsked(String kanoonName, String reason, Long managerPersonId, long kanoonId) {
        String body = OutboxMessage.withInlineButton(OutboxMessage.textBody(
                IdentityKit.text("identity.notice.fix", kanoonName, reason)),
                IdentityKit.text("identity.notice.button"), signPhotoButtonData(kanoonId));
        tellBody(managerPersonId, body);
    }

    private void tell(Long personId, String text) {
        tellBody(personId, OutboxMessage.textBody(text));
    }

    private void tellBody(Long personId, String body) {
        if (personId == null) {
            return;
        }
        for (PersonChat chat : chats.findByPersonIdAndBlockedAtIsNull(personId)) {
            outbox.save(new OutboxMessage(chat.getChannel(), chat.getChatId(), personId, SIGN_ANSWER, null, body,
                    clock.instant(), clock.instant()));
        }
    }
}
