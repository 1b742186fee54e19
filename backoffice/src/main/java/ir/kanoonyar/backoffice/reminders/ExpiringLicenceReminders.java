package ir.kanoonyar.backoffice.reminders;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.db.person.PersonChat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A licence ending soon: its kanoon's manager is told when {@code licence-days} (default 60, 30 and 7)
 * days or fewer are left, once per threshold; the key names the threshold, not the day.
 */
@Component
class ExpiringLicenceReminders implements ReminderKind {

    static final String KIND = "REMINDER_LICENCE";

    private final JdbcTemplate jdbc;
    private final ReminderSettings settings;
    private final NoticeTexts texts;
    private final Recipients recipients;

    ExpiringLicenceReminders(JdbcTemplate jdbc, ReminderSettings settings, NoticeTexts texts, Recipients recipients) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.texts = texts;
        this.recipients = recipients;
    }

    @Override
    public String name() {
        return "expiring-licence";
    }

    private record Expiring(long id, String number, LocalDate validUntil, String kanoon, long managerId) {
    }

    @Override
    public void sweep(Instant now, ReminderOutbox outbox) {
        LocalDate today = now.atZone(settings.zone()).toLocalDate();
        List<Integer> thresholds = settings.licenceDays();
        List<Expiring> expiring = new ArrayList<>();
        jdbc.query("SELECT l.id, l.number, l.valid_until, k.name, k.manager_person_id FROM licence l"
                        + " JOIN kanoon k ON k.id = l.kanoon_id"
                        + " WHERE l.status = 'VALID' AND l.valid_until >= ? AND l.valid_until <= ?"
                        + " AND k.manager_person_id IS NOT NULL",
                rs -> {
                    expiring.add(new Expiring(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            rs.getString(4), rs.getLong(5)));
                },
                Date.valueOf(today), Date.valueOf(today.plusDays(thresholds.get(thresholds.size() - 1))));
        for (Expiring licence : expiring) {
            long left = ChronoUnit.DAYS.between(today, licence.validUntil());
            int threshold = thresholds.stream().filter(t -> t >= left).findFirst().orElseThrow();
            String text = texts.get("reminder.licence", licence.kanoon(), licence.number(),
                    NoticeTexts.date(licence.validUntil()), NoticeTexts.number(left));
            for (PersonChat chat : recipients.chatsOf(licence.managerId())) {
                outbox.write(Reminder.to(chat.getChannel(), chat.getChatId(), licence.managerId(), KIND,
                        "licence:" + licence.id() + ":" + threshold, text));
            }
        }
    }
}
