package ir.kanoonyar.db.consultation;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;

import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bot's notices of a consultation to staff who linked a chat (/my-chat): a question to the
 * experts, an answer to the asker, a follow-up to the experts. Written into the outbox in the
 * transaction that saves the post, so a notice goes out if and only if the post is saved. The notice
 * quotes the beginning of the question or answer, never the excerpt: the bot's chat is no place for
 * a case's details.
 */
@Component
public class ConsultationNotices {

    static final String ASKED = "CONSULTATION_ASKED";
    static final String POSTED = "CONSULTATION_POSTED";

    /** How much of a question or an answer the notice quotes. */
    static final int QUOTE_LENGTH = 300;

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.consultation", Locale.ROOT,
            ConsultationNotices.class.getClassLoader());

    private final OutboxMessageRepository outbox;
    private final Clock clock;

    public ConsultationNotices(OutboxMessageRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** To an expert: who asks, and the question. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void asked(StaffAccount expert, String askerName, String askerProvince, String question) {
        // The national admin has no province: named by the national headquarters instead.
        String place = askerProvince == null || askerProvince.isEmpty() ? TEXTS.getString("consultation.notice.national")
                : askerProvince;
        send(expert, ASKED, text("consultation.notice.asked", askerName, place, quote(question)));
    }

    /** To a participant: someone posted to the thread. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void posted(StaffAccount reader, String authorName, String body) {
        send(reader, POSTED, text("consultation.notice.posted", authorName, quote(body)));
    }

    private void send(StaffAccount to, String kind, String text) {
        if (to.getChatChannel() == null || to.getChatId() == null || !to.isEnabled()) {
            return;
        }
        outbox.save(OutboxMessage.text(to.getChatChannel(), to.getChatId(), null, kind, null, text, null,
                clock.instant()));
    }

    static String quote(String text) {
        return text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH - 1) + "…";
    }

    private static String text(String key, Object... args) {
        return new MessageFormat(TEXTS.getString(key), Locale.ROOT).format(args);
    }
}
