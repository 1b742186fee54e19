package ir.kanoonyar.backoffice.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import ir.kanoonyar.backoffice.digest.StaffDigests;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.staff.StaffAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Activity report due" (issue 9 item 7): from the 20th of the Jalali month, once a month, to the
 * managers of active kanoons with no report of an activity this month; and the staff digest's line
 * about reports waiting for review.
 */
class ActivityReportRemindersOnMariaDbTest extends JobsOnMariaDb {

    /** 19 Azar 1405, noon in Tehran: the day before reminders start. */
    static final Instant DAY_19 = Instant.parse("2026-12-10T08:30:00Z");
    /** 20 Azar 1405, noon in Tehran. */
    static final Instant DAY_20 = Instant.parse("2026-12-11T08:30:00Z");
    /** 20 Azar 1405, 23:00 in Tehran: quiet hours. */
    static final Instant DAY_20_NIGHT = Instant.parse("2026-12-11T19:30:00Z");

    @Autowired
    ReminderSweep sweep;
    @Autowired
    StaffDigests digests;

    @Test
    void managersWithNoReportThisJalaliMonthAreRemindedOnceFromTheTwentieth() {
        long silent = person("0001", mobile());
        Kanoon silentKanoon = kanoon("0001", silent);
        long reported = person("0001", mobile());
        report(kanoon("0001", reported), reported, LocalDate.of(2026, 12, 1), "SUBMITTED");
        long withdrew = person("0001", mobile());
        report(kanoon("0001", withdrew), withdrew, LocalDate.of(2026, 12, 2), "WITHDRAWN");
        long lastMonth = person("0001", mobile());
        report(kanoon("0001", lastMonth), lastMonth, LocalDate.of(2026, 11, 15), "ACCEPTED");

        sweep.run(DAY_19);
        assertThat(outbox.findByPersonIdOrderByIdAsc(silent)).isEmpty();

        sweep.run(DAY_20);
        sweep.run(DAY_20.plusSeconds(3600));

        assertThat(outbox.findByPersonIdOrderByIdAsc(silent)).singleElement().satisfies(row -> {
            assertThat(row.getKind()).isEqualTo("REMINDER_ACTIVITY_REPORT");
            assertThat(row.getDedupKey()).startsWith("activity-due:" + silentKanoon.getId() + ":1405-9");
            assertThat(row.getBody()).contains(silentKanoon.getName(), "آذر ۱۴۰۵", "گزارش فعالیت");
        });
        assertThat(outbox.findByPersonIdOrderByIdAsc(reported)).isEmpty();
        assertThat(outbox.findByPersonIdOrderByIdAsc(withdrew)).hasSize(1);
        assertThat(outbox.findByPersonIdOrderByIdAsc(lastMonth)).hasSize(1);
    }

    @Test
    void aReminderDueInQuietHoursWaitsForTheMorning() {
        long silent = person("0001", mobile());
        kanoon("0001", silent);

        sweep.run(DAY_20_NIGHT);

        assertThat(outbox.findByPersonIdOrderByIdAsc(silent)).singleElement()
                .satisfies(row -> assertThat(row.getNotBefore()).isAfter(DAY_20_NIGHT.plusSeconds(3600 * 8)));
    }

    @Test
    void theDigestTellsCountyStaffHowManyReportsWaitForReview() {
        long manager = person("0006", mobile());
        report(kanoon("0006", manager), manager, LocalDate.of(2026, 12, 1), "SUBMITTED");
        StaffAccount county = linkedStaff("county", "0006");

        digests.run(DAY_20);

        assertThat(outbox.findByChannelAndChatIdOrderByIdAsc(county.getChatChannel(), county.getChatId()))
                .extracting(OutboxMessage::getBody).singleElement().asString()
                .contains("گزارش صبح", "گزارش فعالیت کانون‌ها در انتظار بررسی شماست");
    }

    private void report(Kanoon kanoon, long manager, LocalDate activityDate, String status) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO activity_report (kanoon_id, manager_person_id, corridor, title, activity_date, audience,"
                + " participants, status, submitted_at, draft_key, updated_at) VALUES (?, ?, 'SOCIAL', 'نشست', ?,"
                + " 'ADULTS', 12, ?, ?, ?, ?)", kanoon.getId(), manager, Date.valueOf(activityDate), status, now,
                UUID.randomUUID().toString().replace("-", ""), now);
    }
}
