package ir.kanoonyar.backoffice.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import ir.kanoonyar.backoffice.requests.TestStaff;
import ir.kanoonyar.db.indicator.Dormancy;
import ir.kanoonyar.db.indicator.IndicatorRollup;
import ir.kanoonyar.db.indicator.JalaliMonth;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.TestDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard as each role sees it, on the real database: county staff their county, province staff
 * their province and its counties, the national admin everything; a province or county outside the
 * scope, or a forged id, is 404 on every page and export. The .xlsx and the PDF are read back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class})
class DashboardOnMariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff.Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IndicatorRollup rollup;
    @Autowired
    Dormancy dormancy;

    long markazi;
    long tehranProvince;
    long arak;
    long saveh;
    long tehran;
    String arakKanoon;
    String savehKanoon;
    String tehranKanoon;

    @BeforeEach
    void seed() {
        markazi = id("SELECT id FROM province WHERE code = '00'");
        tehranProvince = id("SELECT id FROM province WHERE code = '23'");
        arak = id("SELECT id FROM county WHERE code = '0001'");
        saveh = id("SELECT id FROM county WHERE code = '0006'");
        tehran = id("SELECT id FROM county WHERE code = '2301'");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        arakKanoon = "کانون اراک " + tag;
        savehKanoon = "کانون ساوه " + tag;
        tehranKanoon = "کانون تهران " + tag;
        LocalDate today = LocalDate.now(JalaliDate.TEHRAN);
        long a = kanoon(markazi, arak, arakKanoon);
        kanoon(markazi, saveh, savehKanoon);
        long t = kanoon(tehranProvince, tehran, tehranKanoon);
        report(a, "QURAN", today, 40);
        report(a, "BOOK", today, 25);
        report(t, "FILM", today, 7);
        rollup.rollUp(JalaliMonth.of(today), "test");
        dormancy.mark();
    }

    @Test
    void countyStaffSeeTheirCountyOnlyAndEverythingElseIsNotFound() throws Exception {
        String page = page(TestStaff.ARAK_COUNTY, "/");
        assertThat(page).contains("class=\"dashboard\"", "اراک", arakKanoon).doesNotContain(savehKanoon, tehranKanoon);
        // The corridor table beside its chart: 40 + 25 participants, Persian digits.
        assertThat(page).contains("data-table=\"table-corridors\"", "قرآن", "۴۰");
        // The service desk's card of the county.
        assertThat(page).contains("id=\"section-tickets\"", "تیکت‌های حوزهٔ شما");
        for (String forged : List.of("/?county=" + saveh, "/?province=" + markazi, "/?county=" + tehran,
                "/?county=abc", "/?county=99999999", "/dashboard/dormant?county=" + saveh,
                "/dashboard/export.xlsx?table=kanoons&county=" + saveh, "/dashboard/province-report.pdf")) {
            mvc.perform(get(forged).with(logins.as(TestStaff.ARAK_COUNTY))).andExpect(status().isNotFound());
        }
    }

    @Test
    void provinceStaffSeeTheirCountiesSideBySideAndNoOtherProvince() throws Exception {
        String page = page(TestStaff.MARKAZI_PROVINCE, "/");
        assertThat(page).contains("شهرستان‌ها کنار هم", "اراک", "ساوه", arakKanoon).doesNotContain(tehranKanoon);
        assertThat(page(TestStaff.MARKAZI_PROVINCE, "/?county=" + saveh)).contains(savehKanoon).doesNotContain(arakKanoon);
        for (String forged : List.of("/?province=" + tehranProvince, "/?county=" + tehran,
                "/dashboard/export.xlsx?table=parts&province=" + tehranProvince,
                "/dashboard/province-report.pdf?province=" + tehranProvince, "/dashboard/export.xlsx?table=nothing")) {
            mvc.perform(get(forged).with(logins.as(TestStaff.MARKAZI_PROVINCE))).andExpect(status().isNotFound());
        }
    }

    @Test
    void theNationalAdminSeesTheProvincesOnTheMapAndOpensAnyProvince() throws Exception {
        String page = page(TestStaff.NATIONAL, "/?map=REPORTS_PER_KANOON");
        assertThat(page).contains("tile-map", "استان‌ها کنار هم", "تهران", "مرکزی");
        assertThat(page(TestStaff.NATIONAL, "/?province=" + tehranProvince)).contains(tehranKanoon)
                .doesNotContain(arakKanoon);
    }

    @Test
    void aTableDownloadsAsARightToLeftWorkbookWithPersianHeadings() throws Exception {
        byte[] xlsx = mvc.perform(get("/dashboard/export.xlsx?table=kanoons").with(logins.as(TestStaff.MARKAZI_PROVINCE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("رتبه");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("گزارش پذیرفته");
            List<String> kanoons = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    kanoons.add(row.getCell(1).getStringCellValue());
                    if (row.getCell(1).getStringCellValue().equals(arakKanoon)) {
                        assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(2.0);
                        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(65.0);
                    }
                }
            }
            assertThat(kanoons).contains(arakKanoon, savehKanoon).doesNotContain(tehranKanoon);
        }
    }

    @Test
    void theProvinceMonthlyReportIsAOnePagePdfNamedForTheProvinceAndMonth() throws Exception {
        byte[] pdf = mvc.perform(get("/dashboard/province-report.pdf").with(logins.as(TestStaff.MARKAZI_PROVINCE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            assertThat(reader.getInfo().get("Title")).contains("مرکزی", JalaliMonth.of(LocalDate.now(JalaliDate.TEHRAN))
                    .label());
        } finally {
            reader.close();
        }
        java.nio.file.Files.write(java.nio.file.Path.of("target", "province-report-sample.pdf"), pdf);
    }

    @Test
    void theDormantListShowsKanoonsWithoutAReportAndOffersTheReminder() throws Exception {
        String page = page(TestStaff.MARKAZI_PROVINCE, "/dashboard/dormant");
        assertThat(page).contains(savehKanoon, "MANAGERS_DORMANT").doesNotContain(arakKanoon, tehranKanoon);
    }

    @Test
    void onlyTheNationalAdminSetsTheWeightsAndTheyMustAddUpToAHundred() throws Exception {
        mvc.perform(get("/dashboard/weights").with(logins.as(TestStaff.MARKAZI_PROVINCE))).andExpect(status().isNotFound());
        mvc.perform(post("/dashboard/weights").with(logins.as(TestStaff.MARKAZI_PROVINCE)).with(csrf())
                .param("reports", "100")).andExpect(status().isNotFound());
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM indicator_weights", Integer.class);
        String refused = mvc.perform(post("/dashboard/weights").with(logins.as(TestStaff.NATIONAL)).with(csrf())
                        .params(weights("30", "15", "10", "20", "10", "10", "10")))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refused).contains("جمع وزن‌ها باید درست ۱۰۰ باشد");
        String typo = mvc.perform(post("/dashboard/weights").with(logins.as(TestStaff.NATIONAL)).with(csrf())
                        .params(weights("بیست", "15", "10", "20", "10", "10", "10")))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(typo).contains("با عدد بنویسید");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicator_weights", Integer.class)).isEqualTo(before);

        mvc.perform(post("/dashboard/weights").with(logins.as(TestStaff.NATIONAL)).with(csrf())
                        .params(weights("۲۵", "15", "10", "20", "10", "10", "10")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicator_weights", Integer.class)).isEqualTo(before + 1);
        assertThat(page(TestStaff.NATIONAL, "/dashboard/weights")).contains("demo-national");
    }

    /**
     * Issue 9's «done when» on the database: a manager's report with a photo waits for review; it is
     * accepted; once a province staff member recomputes the month, the province's dashboard (seen
     * before, so cached) shows it in the corridor chart's table and the kanoon leaves the dormant list,
     * where the kanoon without a report stays.
     */
    @Test
    void anAcceptedReportIsOnTheProvinceDashboardAfterARecomputeAndLeavesTheDormantList() throws Exception {
        String name = "کانون نو اراک " + UUID.randomUUID().toString().substring(0, 6);
        long fresh = kanoon(markazi, arak, name);
        rollup.rollUp(JalaliMonth.of(LocalDate.now(JalaliDate.TEHRAN)), "test");
        dormancy.mark();
        String drama = ir.kanoonyar.db.activity.ActivityTexts.corridor(ir.kanoonyar.db.activity.Corridor.DRAMA);
        assertThat(corridorReports(page(TestStaff.MARKAZI_PROVINCE, "/"), drama)).isEqualTo(0);
        assertThat(page(TestStaff.MARKAZI_PROVINCE, "/dashboard/dormant")).contains(name, savehKanoon);

        long report = report(fresh, "DRAMA", LocalDate.now(JalaliDate.TEHRAN), 33, "SUBMITTED");
        jdbc.update("INSERT INTO activity_report_photo (report_id, position, content_type, size_bytes, sha256, content,"
                + " created_at) VALUES (?, 1, 'image/png', 8, ?, ?, CURRENT_TIMESTAMP)", report,
                UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        // Accepted as the review queue does (its pages over HTTP: ActivityReviewPageOnMariaDbTest, and
        // EmbeddedDefaultTest walks this whole path as demo-county and demo-province).
        jdbc.update("UPDATE activity_report SET status = 'ACCEPTED', reviewed_at = CURRENT_TIMESTAMP,"
                + " version = version + 1 WHERE id = ?", report);
        // Until the month is rolled up again the dashboard still shows the summaries it was computed from.
        assertThat(corridorReports(page(TestStaff.MARKAZI_PROVINCE, "/"), drama)).isEqualTo(0);

        mvc.perform(post("/dashboard/recompute").with(logins.as(TestStaff.MARKAZI_PROVINCE)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String after = page(TestStaff.MARKAZI_PROVINCE, "/");
        assertThat(corridorReports(after, drama)).isEqualTo(1);
        assertThat(page(TestStaff.MARKAZI_PROVINCE, "/dashboard/dormant")).contains(savehKanoon).doesNotContain(name);
    }

    /** The reports of a corridor in the dashboard's corridor table (the number behind its cell). */
    private static int corridorReports(String page, String corridor) {
        String table = page.substring(page.indexOf("id=\"table-corridors\""));
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(corridor)
                + "</td>\\s*<td data-v=\"([0-9.]+)\"").matcher(table);
        assertThat(cell.find()).as("the corridor's row").isTrue();
        return (int) Double.parseDouble(cell.group(1));
    }

    /**
     * Request processing over a season: the median and 90th percentile of all its review steps, not of its
     * last month's. Steps of a past season: 10 and 20 hours in its first month, 200 (past the route's
     * days) in its second; the month alone would say 200.
     */
    @Test
    void requestProcessingCoversTheWholePeriodAndSaysTheTypeFilterDoesNotApply() throws Exception {
        int year = JalaliMonth.of(LocalDate.now(JalaliDate.TEHRAN)).year() - 1;
        jdbc.update("DELETE FROM region_month_processing_hours WHERE month_key BETWEEN ? AND ?", year * 100 + 1,
                year * 100 + 3);
        for (Object[] row : List.of(new Object[] {year * 100 + 1, "10.0", 1, 0}, new Object[] {year * 100 + 1, "20.0", 1, 0},
                new Object[] {year * 100 + 2, "200.0", 1, 1})) {
            jdbc.update("INSERT INTO region_month_processing_hours (level, region_id, month_key, request_type, step, hours,"
                    + " steps, breaches) VALUES ('COUNTY', ?, ?, 'MANAGER_REGISTRATION', 'COUNTY_REVIEW', ?, ?, ?)",
                    arak, row[0], new java.math.BigDecimal((String) row[1]), row[2], row[3]);
        }
        // A roll-up moves the dashboards' stamp, as the nightly job would after such steps.
        rollup.rollUp(JalaliMonth.of(LocalDate.now(JalaliDate.TEHRAN)), "test");
        String season = page(TestStaff.ARAK_COUNTY, "/?kind=SEASON&y=" + year + "&n=1");
        String table = season.substring(season.indexOf("id=\"section-processing\""));
        table = table.substring(0, table.indexOf("</section>"));
        assertThat(table).contains("data-v=\"3.0\">۳<", "data-v=\"20.0\">۲۰٫۰<", "data-v=\"200.0\">۲۰۰٫۰<",
                "data-v=\"1.0\">۱<").doesNotContain("صافی نوع کانون");
        String month = page(TestStaff.ARAK_COUNTY, "/?kind=MONTH&y=" + year + "&n=2");
        String monthTable = month.substring(month.indexOf("id=\"section-processing\""));
        assertThat(monthTable.substring(0, monthTable.indexOf("</section>"))).contains("data-v=\"1.0\">۱<")
                .doesNotContain("data-v=\"20.0\"");
        String filtered = page(TestStaff.ARAK_COUNTY, "/?kind=SEASON&y=" + year + "&n=1&area=RURAL");
        String filteredTable = filtered.substring(filtered.indexOf("id=\"section-processing\""));
        assertThat(filteredTable.substring(0, filteredTable.indexOf("</section>"))).contains("صافی نوع کانون",
                "data-v=\"3.0\">۳<");
    }

    private static org.springframework.util.MultiValueMap<String, String> weights(String... values) {
        org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        String[] names = {"reports", "participants", "corridors", "regularity", "training", "licence", "members"};
        for (int i = 0; i < names.length; i++) {
            form.add(names[i], values[i]);
        }
        form.add("targetReports", "4");
        form.add("targetParticipants", "100");
        form.add("targetCorridors", "3");
        return form;
    }

    private String page(String who, String url) throws Exception {
        return mvc.perform(get(url).with(logins.as(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private long kanoon(long province, long county, String name) {
        jdbc.update("INSERT INTO person (first_name, last_name, birth_date, created_at) VALUES ('مدیر', 'آزمون',"
                + " '1995-01-01', CURRENT_TIMESTAMP)");
        long manager = id("SELECT MAX(id) FROM person");
        jdbc.update("INSERT INTO mosque (name, province_id, county_id, rural, created_at) VALUES ('مسجد', ?, ?, FALSE,"
                + " '2025-01-01 00:00:00')", province, county);
        long mosque = id("SELECT MAX(id) FROM mosque");
        jdbc.update("INSERT INTO kanoon (name, mosque_id, province_id, county_id, audience, manager_person_id, status,"
                + " members, created_at) VALUES (?, ?, ?, ?, 'BROTHERS', ?, 'ACTIVE', 20, '2025-01-01 00:00:00')",
                name, mosque, province, county, manager);
        return id("SELECT MAX(id) FROM kanoon");
    }

    private void report(long kanoon, String corridor, LocalDate date, int participants) {
        report(kanoon, corridor, date, participants, "ACCEPTED");
    }

    private long report(long kanoon, String corridor, LocalDate date, int participants, String status) {
        long manager = id("SELECT manager_person_id FROM kanoon WHERE id = " + kanoon);
        jdbc.update("INSERT INTO activity_report (kanoon_id, manager_person_id, corridor, title, activity_date, audience,"
                + " participants, status, submitted_at, draft_key, updated_at) VALUES (?, ?, ?, 'برنامه', ?, 'YOUTH', ?,"
                + " ?, CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP)", kanoon, manager, corridor, Date.valueOf(date),
                participants, status, UUID.randomUUID().toString().substring(0, 32));
        return id("SELECT MAX(id) FROM activity_report");
    }
}
