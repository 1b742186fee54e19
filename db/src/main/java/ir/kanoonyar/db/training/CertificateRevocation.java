package ir.kanoonyar.db.training;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.training.CourseContentException.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revokes a certificate given in error (the wrong person took the quiz, say): the public check then
 * says it is revoked, it no longer counts towards the guideline's required courses, and the holder is
 * told why on every messenger they use, in the same transaction. The reason is required.
 */
@Service
public class CertificateRevocation {

    static final String KIND = "CERTIFICATE_REVOKED";
    /** The longest reason kept (the column's size). */
    public static final int MAX_REASON = 500;
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n/training", Locale.ROOT);

    private final CertificateRepository certificates;
    private final PersonChatRepository chats;
    private final OutboxMessageRepository outbox;
    private final Clock clock;

    public CertificateRevocation(CertificateRepository certificates, PersonChatRepository chats,
                                 OutboxMessageRepository outbox, Clock clock) {
        this.certificates = certificates;
        this.chats = chats;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Revokes the certificate and tells its holder. One already revoked stays as it was, and its holder
     * is not told twice.
     *
     * @throws CourseContentException REVOKE_REASON_MISSING without a reason, TEXT_TOO_LONG for a reason over
     *                                {@link #MAX_REASON} characters
     */
    @Transactional
    public Certificate revoke(Certificate certificate, String by, String reason) {
        String why = reason == null ? "" : PersianText.normalize(reason).strip();
        if (why.isEmpty()) {
            throw new CourseContentException(Problem.REVOKE_REASON_MISSING);
        }
        if (why.length() > MAX_REASON) {
            throw new CourseContentException(Problem.TEXT_TOO_LONG);
        }
        Certificate held = certificates.findById(certificate.getId()).orElseThrow();
        if (!held.isValid()) {
            return held;
        }
        Instant now = clock.instant();
        held.revoke(now, by, why);
        String code = TrackingCode.inText(held.getCode());
        String text = new MessageFormat(TEXTS.getString("training.certificate.revoked"), Locale.ROOT)
                .format(new Object[] {held.getCourseTitle(), code, why});
        for (PersonChat chat : chats.findByPersonIdAndBlockedAtIsNull(held.getPersonId())) {
            // Keyed, so two staff pressing "revoke" at once cannot both write a notice.
            outbox.save(OutboxMessage.text(chat.getChannel(), chat.getChatId(), held.getPersonId(), KIND,
                    "certificate-revoked:" + held.getId() + ":" + chat.getChannel() + ":" + chat.getChatId(),
                    text, now, now));
        }
        return held;
    }
}
