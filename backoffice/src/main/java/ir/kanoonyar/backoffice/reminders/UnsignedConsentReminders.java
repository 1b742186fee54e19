package ir.kanoonyar.backoffice.reminders;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.person.StartLink;
import ir.kanoonyar.db.request.RequestName;
import ir.kanoonyar.db.request.RequestType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A consent not signed {@code consent-days} after its link was issued. The applicant gets the link
 * again, to forward; the signer gets it too when the bot already knows them (a person with the
 * signer's number and a chat). A fresh link (after a refusal or a new number) starts the count again.
 */
@Component
class UnsignedConsentReminders implements ReminderKind {

    static final String KIND = "REMINDER_CONSENT";

    private final JdbcTemplate jdbc;
    private final ReminderSettings settings;
    private final NoticeTexts texts;
    private final Recipients recipients;
    private final PersonRepository persons;
    private final BotLinks links;

    UnsignedConsentReminders(JdbcTemplate jdbc, ReminderSettings settings, NoticeTexts texts, Recipients recipients,
                             PersonRepository persons, BotLinks links) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.texts = texts;
        this.recipients = recipients;
        this.persons = persons;
        this.links = links;
    }

    @Override
    public String name() {
        return "unsigned-consent";
    }

    private record Pending(long consentId, String role, String signerMobile, String token, Instant issuedAt,
                           String trackingCode, long applicantId, RequestType type) {
    }

    @Override
    public void sweep(Instant now, ReminderOutbox outbox) {
        List<Pending> pending = new ArrayList<>();
        jdbc.query("SELECT c.id, c.role, c.signer_mobile, c.token, c.created_at, r.tracking_code,"
                        + " r.applicant_person_id, r.type FROM consent c JOIN request r ON r.id = c.request_id"
                        + " WHERE c.status = 'PENDING' AND r.status = 'AWAITING_CONSENTS' AND c.created_at <= ?",
                rs -> {
                    pending.add(new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getLong(7),
                            RequestType.valueOf(rs.getString(8))));
                },
                Timestamp.from(now.minus(Duration.ofDays(settings.consentDays().get(0)))));
        for (Pending consent : pending) {
            int day = ReminderSettings.reached(settings.consentDays(),
                    Duration.between(consent.issuedAt(), now).toDays());
            if (day < 0) {
                continue;
            }
            String subject = "consent:" + consent.consentId() + ":" + consent.issuedAt().getEpochSecond() + ":day" + day;
            String role = texts.get("reminder.role." + consent.role());
            String code = RequestName.of(consent.type(), consent.trackingCode());
            String days = NoticeTexts.number(day);
            String payload = StartLink.CONSENT_PREFIX + consent.token();
            for (PersonChat chat : recipients.chatsOf(consent.applicantId())) {
                outbox.write(Reminder.to(chat.getChannel(), chat.getChatId(), consent.applicantId(), KIND,
                        subject + ":applicant", texts.get("reminder.consent.applicant", code, role, days,
                                links.link(chat.getChannel(), payload))));
            }
            persons.findByMobile(consent.signerMobile()).forEach(signer -> {
                for (PersonChat chat : recipients.chatsOf(signer.getId())) {
                    outbox.write(Reminder.to(chat.getChannel(), chat.getChatId(), signer.getId(), KIND,
                            subject + ":signer", texts.get("reminder.consent.signer", code, role,
                                    links.link(chat.getChannel(), payload))));
                }
            });
        }
    }
}
