package ir.kanoonyar.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import ir.kanoonyar.backoffice.requests.Inbox;
import ir.kanoonyar.backoffice.requests.InboxQuery;
import ir.kanoonyar.backoffice.requests.InboxRow;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.indicator.JalaliMonth;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.testsupport.EmbeddedDefaultContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The back-office as the README's run command starts it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultTest extends EmbeddedDefaultContract {

    private static final String DEMO_OVERDUE = "140511050092";
    private static final String NOOR = "کانون فرهنگی هنری نور (نمایشی)";
    private static final String AVEH = "کانون آوه (نمایشی)";

    @Autowired
    JdbcTemplate h2;
    @Autowired
    Inbox inbox;
    @Autowired
    StaffAccountRepository staff;
    @LocalServerPort
    int localPort;

    @Test
    void theDemoRequestPastItsDueTimeIsEscalatedByTheSchedulerAndMarkedInTheCountysInbox() throws Exception {
        assertThat(TrackingCode.isValid(DEMO_OVERDUE)).isTrue();
        // The escalation job runs on its own, about 20 s after start-up: wait for it, do not call it.
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(escalatedAt()).as("escalated by the Quartz job").isNotNull());

        StaffScope arak = StaffScope.of(staff.findByUsername("demo-county").orElseThrow());
        assertThat(inbox.page(arak, new InboxQuery(null, null, false, true, null, null)).rows())
                .filteredOn(row -> row.trackingCode().equals(DEMO_OVERDUE))
                .singleElement().satisfies(row -> assertThat(row.escalated()).isTrue());
        assertThat(inbox.page(arak, new InboxQuery(null, null, false, false, null, null)).rows())
                .extracting(InboxRow::trackingCode).contains(DEMO_OVERDUE);
    }

    private Timestamp escalatedAt() {
        return h2.queryForObject("SELECT escalated_at FROM request WHERE tracking_code = ?", Timestamp.class,
                DEMO_OVERDUE);
    }

    @Test
    void theCountyExpertApprovesTheTenDemoManagerRegistrationsInOneBulkAction() throws Exception {
        // The scheduler's first escalation run is over (it touches the overdue demo request, not these).
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(escalatedAt()).isNotNull());
        List<Map<String, Object>> demo = h2.queryForList("SELECT r.id, r.version FROM request r"
                + " JOIN county c ON c.id = r.county_id WHERE r.type = 'MANAGER_REGISTRATION'"
                + " AND r.status = 'COUNTY_REVIEW' AND c.code = '0001' AND r.tracking_code LIKE '14051105%'");
        assertThat(demo).as("the demo's manager registrations waiting for demo-county").hasSize(10);
        StaffBrowser county = new StaffBrowser(localPort);
        county.signIn("demo-county", "kanoonyar-demo");

        List<Map.Entry<String, String>> picks = demo.stream()
                .map(row -> Map.entry("pick", row.get("id") + ":" + row.get("version"))).toList();
        HttpResponse<Void> sent = county.post("/inbox?type=MANAGER_REGISTRATION", "/inbox/bulk-approve", picks);

        assertThat(sent.statusCode()).isEqualTo(302);
        String summary = county.page(sent.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body();
        assertThat(summary).contains("تأیید گروهی: ۱۰ درخواست انجام شد و ۰ درخواست انجام نشد.");
        for (Map<String, Object> row : demo) {
            assertThat(h2.queryForObject("SELECT status FROM request WHERE id = ?", String.class, row.get("id")))
                    .as("request " + row.get("id")).isNotEqualTo("COUNTY_REVIEW").isIn("APPROVED", "PROVINCE_REVIEW");
        }
    }

    /**
     * Issue 9's «done when» in the embedded default: the demo manager's report waiting in demo-county's
     * queue is accepted; after demo-province recomputes its month, the province's dashboard counts it in
     * the corridor chart's table, and the dormant list keeps the demo kanoons that have no report.
     */
    @Test
    void theDemoReportAcceptedByDemoCountyReachesDemoProvincesDashboardAfterARecompute() throws Exception {
        Map<String, Object> waiting = h2.queryForMap("SELECT id, version, activity_date FROM activity_report"
                + " WHERE draft_key = 'demo-activity-1' AND status = 'SUBMITTED'");
        JalaliMonth month = JalaliMonth.of(((java.sql.Date) waiting.get("activity_date")).toLocalDate());
        Map<String, String> thatMonth = Map.of("y", String.valueOf(month.year()), "n", String.valueOf(month.month()));
        String view = "/?kind=MONTH&y=" + month.year() + "&n=" + month.month();
        StaffBrowser province = new StaffBrowser(localPort);
        province.signIn("demo-province", "kanoonyar-demo");
        assertThat(province.post("/", "/dashboard/recompute", thatMonth).statusCode()).isEqualTo(302);
        int quranBefore = corridorReports(province.page(view).body(), "QURAN");
        assertThat(province.page("/dashboard/dormant").body()).contains(NOOR, AVEH);

        StaffBrowser county = new StaffBrowser(localPort);
        county.signIn("demo-county", "kanoonyar-demo");
        assertThat(county.post("/activity-reports", "/activity-reports/" + waiting.get("id") + "/accept",
                Map.of("version", String.valueOf(waiting.get("version")))).statusCode()).isEqualTo(302);
        assertThat(province.post("/", "/dashboard/recompute", thatMonth).statusCode()).isEqualTo(302);

        assertThat(corridorReports(province.page(view).body(), "QURAN")).isEqualTo(quranBefore + 1);
        assertThat(province.page("/dashboard/dormant").body()).contains(AVEH).doesNotContain(NOOR);
    }

    /** The reports of a corridor in the dashboard's corridor table (the number behind its cell). */
    private static int corridorReports(String page, String corridor) {
        String table = page.substring(page.indexOf("id=\"table-corridors\""));
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(
                ir.kanoonyar.db.activity.ActivityTexts.corridor(ir.kanoonyar.db.activity.Corridor.valueOf(corridor)))
                + "</td>\\s*<td data-v=\"([0-9.]+)\"").matcher(table);
        assertThat(cell.find()).as("the corridor's row").isTrue();
        return (int) Double.parseDouble(cell.group(1));
    }
}
