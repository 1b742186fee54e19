package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import ir.kanoonyar.bot.fakeapi.SentMessage;
import ir.kanoonyar.db.persian.JalaliDate;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Activity reports through the real TelegramBots client, the fake Bot API and MariaDB: a kanoon's
 * manager reports an activity with a photo (after a bad date, a count out of bounds and a file that is
 * not a picture), submits it twice and it is stored once; the list shows its review state; a forged
 * button naming another kanoon's report shows nothing of it; the report is withdrawn; a draft survives
 * a restart; someone who manages no kanoon is told why they cannot report.
 */
class ActivityReportEndToEndTest extends EndToEnd {

    @Test
    void aManagerReportsAnActivityWithAPhotoOnceSeesItListedAndWithdrawsIt() {
        Chat chat = Chat.newPerson(api);
        Seeded manager = seedManager(chat.userId);
        chat.command("/start", "چه کاری می‌خواهید");

        SentMessage corridors = chat.says("گزارش فعالیت", "محور فعالیت");
        assertThat(corridors.inlineButtonTexts()).hasSize(12).contains("قرآن و عترت", "کارآفرینی");
        chat.press(corridors, "کتاب و کتاب‌خوانی", "عنوان فعالیت");
        chat.says("نشست کتاب‌خوانی نوجوانان", "تاریخ برگزاری");

        JalaliDate today = JalaliDate.today(Clock.systemUTC());
        chat.says(typed(JalaliDate.from(today.toLocalDate().plusDays(2))), "هنوز نرسیده");
        chat.says(typed(JalaliDate.from(today.toLocalDate().minusDays(90))), "دیگر نمی‌توان گزارش کرد");
        chat.says("۱۴۰۵/۱۳/۰۱", "سال/ماه/روز");
        SentMessage audience = chat.says(typed(today), "مخاطبان");
        chat.press(audience, "نوجوانان", "چند نفر");
        chat.says("۱۰۰۰۰۰", "عددی از");
        chat.says("بیست", "عددی از");
        chat.says("۲۵", "عکس از فعالیت");

        chat.expectReply(api.sendDocument(chat.userId, "list.txt", "text/plain", "not a picture".getBytes()),
                "عکس نیست");
        byte[] photo = png(7);
        SentMessage kept = chat.expectReply(api.sendPhoto(chat.userId, photo), "عکس ۱ از ۵");
        chat.expectReply(api.sendPhoto(chat.userId, photo), "پیش‌تر در همین گزارش");
        SentMessage description = chat.press(kept, "تمام", "توضیح کوتاه");
        SentMessage summary = chat.press(description, "بدون توضیح", "ارسال گزارش");
        assertThat(summary.text()).contains("کتاب و کتاب‌خوانی", "نشست کتاب‌خوانی نوجوانان", "۲۵ نفر", "عکس‌ها: ۱",
                today.formatLong());

        int first = api.pressButton(chat.userId, summary, "ارسال گزارش");
        chat.expectReply(first, "گزارش شما ثبت شد");
        int second = api.pressButton(chat.userId, summary, "ارسال گزارش");
        chat.expectReply(second, "پیش‌تر ثبت شده");

        JdbcTemplate jdbc = bot.jdbc();
        Map<String, Object> row = jdbc.queryForMap("SELECT id, corridor, audience, participants, status, activity_date"
                + " FROM activity_report WHERE kanoon_id = ?", manager.kanoonId());
        assertThat(row).containsEntry("corridor", "BOOK").containsEntry("audience", "TEENS")
                .containsEntry("participants", 25).containsEntry("status", "SUBMITTED");
        long reportId = ((Number) row.get("id")).longValue();
        assertThat(jdbc.queryForObject("SELECT content FROM activity_report_photo WHERE report_id = ?", byte[].class,
                reportId)).isEqualTo(photo);

        SentMessage list = chat.says("گزارش‌های من", "نشست کتاب‌خوانی نوجوانان");
        assertThat(list.text()).contains("در انتظار بررسی");

        long othersReport = seedReportOfAnotherKanoon(jdbc);
        String stamp = list.callbackDataOf("ویرایش گزارش ۱").split("\\|")[0];
        SentMessage forged = chat.expectReply(api.pressButton(chat.userId, list.messageId(),
                stamp + "|ac:edit:" + othersReport), "پیام قدیمی");
        assertThat(forged.text()).doesNotContain("فعالیت دیگران");
        chat.expectReply(api.pressButton(chat.userId, list.messageId(), stamp + "|ac:wdy:" + othersReport),
                "پیام قدیمی");
        assertThat(jdbc.queryForObject("SELECT status FROM activity_report WHERE id = ?", String.class, othersReport))
                .isEqualTo("SUBMITTED");

        SentMessage confirm = chat.press(list, "پس گرفتن گزارش ۱", "پس گرفته شود");
        chat.press(confirm, "بله، پس بگیر", "پس گرفته شد");
        assertThat(jdbc.queryForObject("SELECT status FROM activity_report WHERE id = ?", String.class, reportId))
                .isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_report WHERE manager_person_id = ?",
                Integer.class, manager.personId())).isEqualTo(1);
    }

    @Test
    void aDraftSurvivesARestartAndIsEditedFromTheSummary() {
        Chat chat = Chat.newPerson(api);
        seedManager(chat.userId);
        chat.command("/start", "چه کاری می‌خواهید");
        SentMessage corridors = chat.says("گزارش فعالیت", "محور فعالیت");
        chat.press(corridors, "قرآن و عترت", "عنوان فعالیت");
        chat.says("محفل انس با قرآن", "تاریخ برگزاری");

        bot.restart();

        SentMessage audience = chat.says(typed(JalaliDate.today(Clock.systemUTC())), "مخاطبان");
        chat.press(audience, "خانواده‌ها", "چند نفر");
        chat.says("40", "عکس از فعالیت");
        chat.sendsSticker("عکس فعالیت را بفرستید");
        SentMessage done = chat.says("تمام", "توضیح کوتاه");
        SentMessage summary = chat.says("با حضور امام جماعت", "ارسال گزارش");
        SentMessage title = chat.press(summary, "اصلاح «عنوان»", "عنوان فعالیت");
        assertThat(done).isNotNull();
        assertThat(title).isNotNull();
        summary = chat.says("محفل انس با قرآن کریم", "ارسال گزارش");
        assertThat(summary.text()).contains("محفل انس با قرآن کریم", "۴۰ نفر", "با حضور امام جماعت", "عکس‌ها: ۰");
        chat.press(summary, "ارسال گزارش", "گزارش شما ثبت شد");
    }

    @Test
    void someoneWhoManagesNoActiveKanoonIsToldWhy() {
        Chat chat = Chat.newPerson(api);
        chat.command("/start", "چه کاری می‌خواهید");
        chat.says("گزارش فعالیت", "مدیر کانون فعالی نیستید");
        chat.says("گزارش‌های من", "هنوز گزارش فعالیتی نفرستاده‌اید");
    }

    record Seeded(long personId, long kanoonId) {
    }

    /** A person with this Telegram chat who manages an active kanoon in Arak. */
    static Seeded seedManager(long userId) {
        JdbcTemplate jdbc = bot.jdbc();
        Timestamp now = Timestamp.from(Instant.now());
        Map<String, Object> arak = jdbc.queryForMap("SELECT id, province_id FROM county WHERE name = 'اراک'");
        long personId = insert(jdbc, "INSERT INTO person (first_name, last_name, created_at) VALUES ('سمیه', 'کریمی', ?)",
                now);
        jdbc.update("INSERT INTO person_chat (person_id, channel, chat_id, created_at) VALUES (?, 'TELEGRAM', ?, ?)",
                personId, userId, now);
        long kanoonId = kanoon(jdbc, arak, personId, "کانون آزمون " + userId);
        return new Seeded(personId, kanoonId);
    }

    private static long kanoon(JdbcTemplate jdbc, Map<String, Object> county, long managerId, String name) {
        Timestamp now = Timestamp.from(Instant.now());
        long mosqueId = insert(jdbc, "INSERT INTO mosque (name, province_id, county_id, created_at) VALUES ('مسجد آزمون', "
                + county.get("province_id") + ", " + county.get("id") + ", ?)", now);
        return insert(jdbc, "INSERT INTO kanoon (name, mosque_id, province_id, county_id, audience, manager_person_id,"
                + " status, created_at) VALUES ('" + name + "', " + mosqueId + ", " + county.get("province_id") + ", "
                + county.get("id") + ", 'BROTHERS', " + managerId + ", 'ACTIVE', ?)", now);
    }

    private static long seedReportOfAnotherKanoon(JdbcTemplate jdbc) {
        Seeded other = seedManager(100_000_000L + ThreadLocalRandom.current().nextLong(800_000_000L));
        return insert(jdbc, "INSERT INTO activity_report (kanoon_id, manager_person_id, corridor, title, activity_date,"
                + " audience, participants, status, submitted_at, draft_key, updated_at) VALUES (" + other.kanoonId()
                + ", " + other.personId() + ", 'FILM', 'فعالیت دیگران', '" + LocalDate.now() + "', 'YOUTH', 10,"
                + " 'SUBMITTED', ?, '" + Long.toHexString(other.kanoonId()) + "-" + ThreadLocalRandom.current().nextLong()
                + "', ?)", Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
    }

    private static long insert(JdbcTemplate jdbc, String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /** The date as a person types it, in Persian digits. */
    private static String typed(JalaliDate date) {
        return Chat.persianDigits(date.year() + "/" + date.month() + "/" + date.day());
    }

    /** A small PNG, different for each seed. */
    static byte[] png(int seed) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(seed % 8, seed % 8, 0xFF0000 + seed);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
