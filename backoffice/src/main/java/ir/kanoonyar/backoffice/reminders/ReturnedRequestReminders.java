package ir.kanoonyar.backoffice.reminders;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.request.RequestName;
import ir.kanoonyar.db.request.RequestType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A request sent back to the applicant and not yet fixed, {@code returned-days} after it was
 * returned (its last change of step). A second return starts the count again.
 */
@Component
class ReturnedRequestReminders implements ReminderKind {

    static final String KIND = "REMINDER_RETURNED";

    private final JdbcTemplate jdbc;
    private final ReminderSettings settings;
    private final NoticeTexts texts;
    private final Recipients recipients;

    ReturnedRequestReminders(JdbcTemplate jdbc, ReminderSettings settings, NoticeTexts texts, Recipients recipients) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.texts = texts;
        this.recipients = recipients;
    }

    @Override
    public String name() {
        return "returned-request";
    }

    private record Returned(long id, String trackingCode, long applicantId, Instant returnedAt, RequestType type) {
    }

    @Override
    public void sweep(Instant now, ReminderOutbox outbox) {
        List<Returned> returned = new ArrayList<>();
        jdbc.query("SELECT id, tracking_code, applicant_person_id, updated_at, type FROM request"
                        + " WHERE status = 'RETURNED' AND updated_at <= ?",
                rs -> {
                    returned.add(new Returned(rs.getLong(1), rs.getString(2), rs.getLong(3),
                            rs.getTimestamp(4).toInstant(), RequestType.valueOf(rs.getString(5))));
                },
                Timestamp.from(now.minus(Duration.ofDays(settings.returnedDays().get(0)))));
        for (Returned request : returned) {
            int day = ReminderSettings.reached(settings.returnedDays(),
                    Duration.between(request.returnedAt(), now).toDays());
            if (day < 0) {
                continue;
            }
            String text = texts.get("reminder.returned", RequestName.of(request.type(), request.trackingCode()),
                    NoticeTexts.number(day));
            for (PersonChat chat : recipients.chatsOf(request.applicantId())) {
                outbox.write(Reminder.to(chat.getChannel(), chat.getChatId(), request.applicantId(), KIND,
                        "returned:" + request.id() + ":" + request.returnedAt().getEpochSecond() + ":day" + day, text));
            }
        }
    }
}
