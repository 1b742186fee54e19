package ir.kanoonyar.db.licence;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;

import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceStatus;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a kanoon's manager is told about its licence, written into the outbox in the transaction that
 * changes the licence (so a notice goes out if and only if the change is saved), on every messenger
 * the manager uses and has not blocked. The licence's PDF travels as a document the bot draws when it
 * sends the row ({@link #PDF_SOURCE}), so the row stays small.
 */
@Component
public class LicenceNotices {

    /** How an outbox body names a licence's PDF: this and the licence number. */
    public static final String PDF_SOURCE = "licence-pdf:";

    static final String ISSUED = "LICENCE_ISSUED";
    static final String CHANGED = "LICENCE_CHANGED";
    static final String COPY = "LICENCE_COPY";

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.licence", Locale.ROOT,
            LicenceNotices.class.getClassLoader());

    private final PersonChatRepository chats;
    private final OutboxMessageRepository outbox;
    private final Clock clock;

    public LicenceNotices(PersonChatRepository chats, OutboxMessageRepository outbox, Clock clock) {
        this.chats = chats;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The new licence's number and expiry, with its PDF attached. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void issued(Licence licence, String kanoonName, Long managerPersonId) {
        String caption = text("licence.notice.issued", kanoonName, inText(licence.getNumber()),
                JalaliDate.from(licence.getValidUntil()).formatLong());
        String body = OutboxMessage.documentBody(caption, PDF_SOURCE + licence.getNumber());
        for (PersonChat chat : chats.findByPersonIdAndBlockedAtIsNull(managerPersonId)) {
            outbox.save(new OutboxMessage(chat.getChannel(), chat.getChatId(), managerPersonId, ISSUED, null, body,
                    clock.instant(), clock.instant()));
        }
    }

    /** The licence was suspended or revoked, and why. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void stopped(Licence licence, String kanoonName, Long managerPersonId) {
        String key = switch (licence.getStatus()) {
            case SUSPENDED -> "licence.notice.suspended";
            case REVOKED -> "licence.notice.revoked";
            default -> throw new IllegalStateException("Licence " + licence.getNumber() + " is " + licence.getStatus());
        };
        if (managerPersonId == null) {
            return;
        }
        String text = text(key, kanoonName, inText(licence.getNumber()), licence.getStatusReason());
        for (PersonChat chat : chats.findByPersonIdAndBlockedAtIsNull(managerPersonId)) {
            outbox.save(OutboxMessage.text(chat.getChannel(), chat.getChatId(), managerPersonId, CHANGED, null, text,
                    null, clock.instant()));
        }
    }

    /** The licence's PDF again, asked for in «کانون من», to the one chat that asked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void copy(Licence licence, String kanoonName, Long managerPersonId, Channel channel, long chatId) {
        String caption = text("licence.notice.copy", kanoonName, inText(licence.getNumber()),
                JalaliDate.from(licence.getValidUntil()).formatLong());
        outbox.save(new OutboxMessage(channel, chatId, managerPersonId, COPY,
                null, OutboxMessage.documentBody(caption, PDF_SOURCE + licence.getNumber()), clock.instant(),
                clock.instant()));
    }

    /** A suspension was lifted: the licence is valid again, and why. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lifted(Licence licence, String kanoonName, Long managerPersonId, String reason) {
        if (licence.getStatus() != LicenceStatus.VALID) {
            throw new IllegalStateException("Licence " + licence.getNumber() + " is " + licence.getStatus());
        }
        if (managerPersonId == null) {
            return;
        }
        String text = text("licence.notice.lifted", kanoonName, inText(licence.getNumber()), reason);
        for (PersonChat chat : chats.findByPersonIdAndBlockedAtIsNull(managerPersonId)) {
            outbox.save(OutboxMessage.text(chat.getChannel(), chat.getChatId(), managerPersonId, CHANGED, null, text,
                    null, clock.instant()));
        }
    }

    /** Persian digits, kept left to right as a whole inside the right-to-left line (as tracking codes are). */
    static String inText(String number) {
        return "\u2066" + PersianText.toPersianDigits(number) + "\u2069";
    }

    private static String text(String key, Object... args) {
        return new MessageFormat(TEXTS.getString(key), Locale.ROOT).format(args);
    }
}
