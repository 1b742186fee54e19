package ir.kanoonyar.backoffice.reminders;

import java.sql.Timestamp;
import java.time.Instant;

import ir.kanoonyar.db.person.Channel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A form left unfinished in the bot: the chat's conversation is still in a form and has had no
 * answer for {@code form-idle}. Told once per idle spell (the key holds the last answer's time); a
 * chat idle longer than {@code form-forget-after} is left alone. Goes to the chat itself, which may
 * not belong to a registered person yet (a registration in progress).
 */
@Component
class UnfinishedFormReminders implements ReminderKind {

    static final String KIND = "REMINDER_FORM";

    private final JdbcTemplate jdbc;
    private final ReminderSettings settings;
    private final NoticeTexts texts;

    UnfinishedFormReminders(JdbcTemplate jdbc, ReminderSettings settings, NoticeTexts texts) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "unfinished-form";
    }

    @Override
    public void sweep(Instant now, ReminderOutbox outbox) {
        String text = texts.get("reminder.form");
        jdbc.query("SELECT id, channel, chat_id, person_id, updated_at FROM conversation_session"
                        + " WHERE flow = 'FORM' AND updated_at <= ? AND updated_at > ?",
                rs -> {
                    long person = rs.getLong(4);
                    Long personId = rs.wasNull() ? null : person;
                    Instant idleSince = rs.getTimestamp(5).toInstant();
                    outbox.write(Reminder.to(Channel.valueOf(rs.getString(2)), rs.getLong(3), personId, KIND,
                            "form:" + rs.getLong(1) + ":" + idleSince.getEpochSecond(), text));
                },
                Timestamp.from(now.minus(settings.formIdle())), Timestamp.from(now.minus(settings.formForgetAfter())));
    }
}
