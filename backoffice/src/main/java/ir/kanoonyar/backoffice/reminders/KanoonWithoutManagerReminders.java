package ir.kanoonyar.backoffice.reminders;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.staff.StaffAccount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A kanoon still without a manager {@code no-manager-days} after its manager's resignation or
 * retirement was approved. The former manager is asked to have the trustees propose a successor;
 * the county's staff who linked a bot chat are told too.
 */
@Component
class KanoonWithoutManagerReminders implements ReminderKind {

    static final String KIND = "REMINDER_NO_MANAGER";

    private final JdbcTemplate jdbc;
    private final ReminderSettings settings;
    private final NoticeTexts texts;
    private final Recipients recipients;

    KanoonWithoutManagerReminders(JdbcTemplate jdbc, ReminderSettings settings, NoticeTexts texts,
                                  Recipients recipients) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.texts = texts;
        this.recipients = recipients;
    }

    @Override
    public String name() {
        return "kanoon-without-manager";
    }

    private record Leaderless(long id, String name, long countyId, String county, Long formerManagerId,
                              Instant leftAt) {
    }

    @Override
    public void sweep(Instant now, ReminderOutbox outbox) {
        List<Leaderless> kanoons = new ArrayList<>();
        jdbc.query("SELECT k.id, k.name, k.county_id, c.name, k.former_manager_person_id, k.manager_left_at"
                        + " FROM kanoon k JOIN county c ON c.id = k.county_id"
                        + " WHERE k.status = 'NO_MANAGER' AND k.manager_left_at <= ?",
                rs -> {
                    long former = rs.getLong(5);
                    Long formerManager = rs.wasNull() ? null : former;
                    kanoons.add(new Leaderless(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            formerManager, rs.getTimestamp(6).toInstant()));
                },
                Timestamp.from(now.minus(Duration.ofDays(settings.noManagerDays().get(0)))));
        for (Leaderless kanoon : kanoons) {
            int day = ReminderSettings.reached(settings.noManagerDays(), Duration.between(kanoon.leftAt(), now).toDays());
            if (day < 0) {
                continue;
            }
            String subject = "no-manager:" + kanoon.id() + ":" + kanoon.leftAt().getEpochSecond() + ":day" + day;
            String days = NoticeTexts.number(day);
            String toManager = texts.get("reminder.noManager.formerManager", kanoon.name(), days);
            for (PersonChat chat : recipients.chatsOf(kanoon.formerManagerId())) {
                outbox.write(Reminder.to(chat.getChannel(), chat.getChatId(), kanoon.formerManagerId(), KIND,
                        subject, toManager));
            }
            String toStaff = texts.get("reminder.noManager.staff", kanoon.name(), kanoon.county(), days);
            for (StaffAccount staff : recipients.countyStaff(kanoon.countyId())) {
                outbox.write(Reminder.to(staff.getChatChannel(), staff.getChatId(), null, KIND, subject, toStaff));
            }
        }
    }
}
