package ir.kanoonyar.backoffice.reminders;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.db.activity.ActivitySettings;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.PersonChat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Activity report due": from the Jalali day of the month {@code kanoonyar.activity.reminder-day}
 * (default 20) on, the manager of each active kanoon with no report of an activity in this Jalali
 * month (a withdrawn one does not count) is reminded, once a month. Quiet hours are the outbox
 * writer's, as for every reminder.
 */
@Component
class ActivityReportDueReminders implements ReminderKind {

    static final String KIND = "REMINDER_ACTIVITY_REPORT";

    private final JdbcTemplate jdbc;
    private final ActivitySettings settings;
    private final NoticeTexts texts;
    private final Recipients recipients;

    ActivityReportDueReminders(JdbcTemplate jdbc, ActivitySettings settings, NoticeTexts texts, Recipients recipients) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.texts = texts;
        this.recipients = recipients;
    }

    @Override
    public String name() {
        return "activity-report-due";
    }

    private record Due(long kanoonId, String kanoon, long managerId) {
    }

    @Override
    public void sweep(Instant now, ReminderOutbox outbox) {
        JalaliDate today = JalaliDate.of(now, JalaliDate.TEHRAN);
        if (today.day() < settings.reminderDay()) {
            return;
        }
        LocalDate first = JalaliDate.of(today.year(), today.month(), 1).toLocalDate();
        LocalDate last = first.plusDays(JalaliDate.lengthOfMonth(today.year(), today.month()) - 1L);
        List<Due> due = new ArrayList<>();
        jdbc.query("SELECT k.id, k.name, k.manager_person_id FROM kanoon k"
                        + " WHERE k.status = 'ACTIVE' AND k.manager_person_id IS NOT NULL AND NOT EXISTS ("
                        + "SELECT 1 FROM activity_report r WHERE r.kanoon_id = k.id AND r.status <> 'WITHDRAWN'"
                        + " AND r.activity_date BETWEEN ? AND ?)",
                rs -> {
                    due.add(new Due(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                },
                Date.valueOf(first), Date.valueOf(last));
        String month = today.monthName() + " " + PersianText.toPersianDigits(String.valueOf(today.year()));
        for (Due kanoon : due) {
            String text = texts.get("reminder.activityDue", kanoon.kanoon(), month);
            for (PersonChat chat : recipients.chatsOf(kanoon.managerId())) {
                outbox.write(Reminder.to(chat.getChannel(), chat.getChatId(), kanoon.managerId(), KIND,
                        "activity-due:" + kanoon.kanoonId() + ":" + today.year() + "-" + today.month(), text));
            }
        }
    }
}
