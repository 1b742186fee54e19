package ir.kanoonyar.backoffice.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import ir.kanoonyar.backoffice.StaffBrowser;
import ir.kanoonyar.backoffice.StaffSignIn;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.testsupport.ProductionShapeContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The activity review queue over HTTP on MariaDB: who sees which report and photo (county, another
 * county of the province, province, another province, national admin, forged ids), county staff
 * accept once, province staff re-review with a reason, the manager is told, a duplicate photo shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActivityReviewPageOnMariaDbTest extends ProductionShapeContract {

    private static final String PASSWORD = "activity-review-password";
    private static final List<String> ACCOUNTS = List.of("ar-arak", "ar-other", "ar-markazi", "ar-national",
            "ar-tehran");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

    private final StaffSignIn staff = new StaffSignIn(() -> this.serverPort, PASSWORD, this::fiveStaff);

    @LocalServerPort
    int serverPort;
    @Autowired
    CountyRepository counties;
    @Autowired
    StaffAccountRepository staffAccounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TransactionTemplate tx;

    private County arak;
    private County otherCounty;
    private County tehran;
    private long managerChat;
    private long arakReport;
    private long arakPhoto;
    private long tehranReport;

    @BeforeEach
    void reportsInTwoProvinces() {
        arak = counties.findByCode("0001").orElseThrow();
        tehran = counties.findByCode("2301").orElseThrow();
        otherCounty = counties.findByProvinceIdOrderByCodeAsc(arak.getProvince().getId()).stream()
                .filter(c -> !c.getId().equals(arak.getId())).findFirst().orElseThrow();
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        managerChat = 720_000_000L + Long.parseLong(tag);
        long manager = insert("INSERT INTO person (first_name, last_name, created_at) VALUES ('نرگس', ?, ?)",
                "رضایی" + tag, now());
        jdbc.update("INSERT INTO person_chat (person_id, channel, chat_id, created_at) VALUES (?, 'TELEGRAM', ?, ?)",
                manager, managerChat, now());
        arakReport = report(kanoon("کانون اراک " + tag, arak, manager), manager, "کارگاه خوشنویسی " + tag, false);
        arakPhoto = insert("INSERT INTO activity_report_photo (report_id, position, content_type, size_bytes, sha256,"
                + " content, created_at) VALUES (?, 1, 'image/png', ?, ?, ?, ?)", arakReport, PNG.length,
                "a".repeat(56) + tag + "a", PNG, now());
        long other = insert("INSERT INTO person (first_name, last_name, created_at) VALUES ('علی', 'تهرانی', ?)", now());
        tehranReport = report(kanoon("کانون تهران " + tag, tehran, other), other, "جشن کتاب " + tag, true);
    }

    @AfterEach
    void removeTheStaffAccounts() {
        for (String username : ACCOUNTS) {
            jdbc.update("UPDATE activity_report SET reviewed_by = NULL WHERE reviewed_by IN"
                    + " (SELECT id FROM staff_account WHERE username = ?)", username);
            jdbc.update("DELETE FROM staff_account WHERE username = ?", username);
        }
    }

    @Test
    void eachStaffMemberSeesOnlyTheReportsAndPhotosOfTheirRegion() throws Exception {
        assertThat(queue("ar-arak")).contains(row(arakReport)).doesNotContain(row(tehranReport));
        assertThat(queue("ar-markazi")).contains(row(arakReport)).doesNotContain(row(tehranReport));
        assertThat(queue("ar-national")).contains(row(arakReport), row(tehranReport));
        assertThat(queue("ar-tehran")).contains(row(tehranReport)).doesNotContain(row(arakReport));
        assertThat(queue("ar-other")).doesNotContain(row(arakReport), row(tehranReport));

        String photo = "/activity-reports/" + arakReport + "/photos/" + arakPhoto;
        assertThat(staff.as("ar-arak").file(photo)).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(PNG);
        });
        assertThat(staff.as("ar-markazi").file(photo).statusCode()).isEqualTo(200);
        for (String outside : List.of("ar-other", "ar-tehran")) {
            StaffBrowser browser = staff.as(outside);
            assertThat(browser.file(photo).statusCode()).as(outside).isEqualTo(404);
            assertThat(browser.post("/activity-reports", "/activity-reports/" + arakReport + "/accept",
                    Map.of("version", "0")).statusCode()).as(outside).isEqualTo(404);
        }
        StaffBrowser county = staff.as("ar-arak");
        for (String forged : List.of("abc", "99999999999999999999999", "999999999", "1%20OR%201=1")) {
            assertThat(county.file("/activity-reports/" + forged + "/photos/" + arakPhoto).statusCode())
                    .as(forged).isEqualTo(404);
            assertThat(county.post("/activity-reports", "/activity-reports/" + forged + "/accept",
                    Map.of("version", "0")).statusCode()).as(forged).isEqualTo(404);
        }
        assertThat(county.file("/activity-reports/" + arakReport + "/photos/999999999").statusCode()).isEqualTo(404);
        assertThat(status(arakReport)).isEqualTo("SUBMITTED");
    }

    @Test
    void countyStaffAcceptOnceProvinceStaffReReviewWithAReasonAndTheManagerIsTold() throws Exception {
        StaffBrowser county = staff.as("ar-arak");
        assertThat(after(county, "/activity-reports/" + arakReport + "/accept", Map.of("version", "0")))
                .contains("پذیرفته شد");
        assertThat(status(arakReport)).isEqualTo("ACCEPTED");
        assertThat(after(county, "/activity-reports/" + arakReport + "/doubt", Map.of("version", "1",
                "reason", "تکراری")))
                .contains("در وضعیتی نیست که شما بتوانید");

        StaffBrowser province = staff.as("ar-markazi");
        assertThat(after(province, "/activity-reports/" + arakReport + "/doubt", Map.of("version", "0",
                "reason", "تکراری"))).contains("پس از باز شدن صفحه تغییر کرده است");
        assertThat(after(province, "/activity-reports/" + arakReport + "/doubt", Map.of("version", "1",
                "reason", "  "))).contains("دلیل مشکوک بودن را بنویسید");
        assertThat(after(province, "/activity-reports/" + arakReport + "/doubt", Map.of("version", "x")))
                .contains("این فرم از صفحه‌ی کنونی فرستاده نشده است");
        assertThat(after(province, "/activity-reports/" + arakReport + "/doubt", Map.of("version", "1",
                "reason", "عکس‌ها از برنامه‌ی سال گذشته است"))).contains("مشکوک علامت خورد");
        assertThat(status(arakReport)).isEqualTo("DOUBTFUL");

        List<String> told = jdbc.queryForList("SELECT body FROM outbox_message WHERE chat_id = ? ORDER BY id",
                String.class, managerChat);
        assertThat(told).hasSize(2);
        assertThat(told.get(1)).contains("عکس‌ها از برنامه‌ی سال گذشته است");
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE target = ? ORDER BY id", String.class,
                "activity-report:" + arakReport)).containsExactly("ACTIVITY_ACCEPTED", "ACTIVITY_DOUBTFUL");

        StaffBrowser national = staff.as("ar-national");
        assertThat(after(national, "/activity-reports/" + arakReport + "/accept", Map.of("version", "2")))
                .contains("مدیر کشوری آن‌ها را فقط می‌بیند");
        assertThat(status(arakReport)).isEqualTo("DOUBTFUL");
    }

    @Test
    void aReportWithAPhotoUsedBeforeIsMarkedForStaff() throws Exception {
        String page = staff.as("ar-tehran").page("/activity-reports?status=ALL").body();
        int at = page.indexOf(row(tehranReport));
        assertThat(at).isPositive();
        assertThat(page.substring(at, page.indexOf("</article>", at))).contains("عکس تکراری");
    }

    // Helpers

    private String queue(String username) throws Exception {
        HttpResponse<String> page = staff.as(username).page("/activity-reports?status=ALL");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private static String after(StaffBrowser browser, String path, Map<String, String> fields) throws Exception {
        HttpResponse<Void> answer = browser.post("/activity-reports", path, fields);
        assertThat(answer.statusCode()).as(path).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        HttpResponse<String> page = browser.page(location);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private String status(long reportId) {
        return jdbc.queryForObject("SELECT status FROM activity_report WHERE id = ?", String.class, reportId);
    }

    private static String row(long reportId) {
        return "data-report=\"" + reportId + "\"";
    }


    private void fiveStaff() {
        Instant now = Instant.now();
        tx.executeWithoutResult(s -> {
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.county("ar-arak", passwords.encode(PASSWORD), "شهرستان اراک", arak.getProvince().getId(),
                    arak.getId(), "test", now));
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.county("ar-other", passwords.encode(PASSWORD), "شهرستان دیگر",
                    otherCounty.getProvince().getId(), otherCounty.getId(), "test", now));
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.province("ar-markazi", passwords.encode(PASSWORD), "استان مرکزی",
                    arak.getProvince().getId(), "test", now));
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.national("ar-national", passwords.encode(PASSWORD), "کشوری", "test", now));
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.province("ar-tehran", passwords.encode(PASSWORD), "استان تهران",
                    tehran.getProvince().getId(), "test", now));
        });
    }


    private long kanoon(String name, County county, long manager) {
        long mosque = insert("INSERT INTO mosque (name, province_id, county_id, created_at) VALUES (?, ?, ?, ?)",
                "مسجد " + name, county.getProvince().getId(), county.getId(), now());
        return insert("INSERT INTO kanoon (name, mosque_id, province_id, county_id, audience, manager_person_id, status,"
                + " created_at) VALUES (?, ?, ?, ?, 'SISTERS', ?, 'ACTIVE', ?)", name, mosque,
                county.getProvince().getId(), county.getId(), manager, now());
    }

    private long report(long kanoon, long manager, String title, boolean duplicatePhoto) {
        long id = insert("INSERT INTO activity_report (kanoon_id, manager_person_id, corridor, title, activity_date,"
                + " audience, participants, status, submitted_at, duplicate_photo, draft_key, updated_at)"
                + " VALUES (?, ?, 'VISUAL_ARTS', ?, ?, 'TEENS', 18, 'SUBMITTED', ?, ?, ?, ?)", kanoon, manager, title,
                Date.valueOf(LocalDate.now().minusDays(3)), now(), duplicatePhoto,
                "ar-" + kanoon + "-" + ThreadLocalRandom.current().nextInt(1_000_000), now());
        return id;
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private long insert(String sql, Object... args) {
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
}
