package ir.kanoonyar.backoffice.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.request.ReviewLevel;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.TestDatabase;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The inbox's views, pages, search, export and bulk approval on the real database, as staff of different regions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class, SubmittedRequests.class})
class InboxOnMariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    private static final Pattern ROW_ID = Pattern.compile("<tr[^>]*data-id=\"(\\d+)\"");
    private static final Pattern NEXT = Pattern.compile("class=\"next\"[^>]*href=\"([^\"]+)\"");
    private static final Pattern PREVIOUS = Pattern.compile("class=\"previous\"[^>]*href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    SubmittedRequests submissions;
    @Autowired
    TestStaff.Logins logins;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestRepository requests;
    @Autowired
    CountyRepository counties;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAllViewWalksByPageNumberForwardAndBackWithTheTotal() throws Exception {
        long county = counties.findByCode("0003").orElseThrow().getId();
        for (int i = 0; i < 30; i++) {
            submissions.submit("0003", "صفحه", "شمارهٔ" + i, RequestType.SERVICE_REQUEST, "برای صفحه‌بندی");
        }
        List<Long> expected = jdbc.queryForList("SELECT id FROM request WHERE county_id = ? AND submitted_at IS NOT NULL"
                + " ORDER BY submitted_at DESC, id DESC", Long.class, county);
        String first = page(TestStaff.MARKAZI_PROVINCE, "/inbox?view=ALL&size=25&county=" + county);
        int pages = (expected.size() + 24) / 25;
        assertThat(first).contains("صفحهٔ ۱ از " + PersianText.toPersianDigits(String.valueOf(pages))
                + " (جمعاً " + PersianText.toPersianDigits(String.valueOf(expected.size())) + " درخواست)");
        assertThat(PREVIOUS.matcher(first).find()).isFalse();

        List<Long> walked = new ArrayList<>(ids(first));
        String html = first;
        Matcher next = NEXT.matcher(html);
        while (next.find()) {
            html = page(TestStaff.MARKAZI_PROVINCE, next.group(1).replace("&amp;", "&"));
            walked.addAll(ids(html));
            next = NEXT.matcher(html);
        }
        assertThat(walked).containsExactlyElementsOf(expected);
        Matcher previous = PREVIOUS.matcher(html);
        assertThat(previous.find()).isTrue();
        assertThat(ids(page(TestStaff.MARKAZI_PROVINCE, previous.group(1).replace("&amp;", "&"))))
                .containsExactlyElementsOf(expected.subList((pages - 2) * 25, (pages - 1) * 25));
    }

    @Test
    void decidedByMeListsWhatIDecidedAndASearchFindsAMosqueInEveryView() throws Exception {
        long decided = submissions.submit("0006", "تصمیم", "ساوجی", RequestType.SERVICE_REQUEST, "برای تصمیم");
        long other = submissions.submit("0006", "دیگر", "ساوجی", RequestType.SERVICE_REQUEST, "برای مقایسه");
        submissions.inTx(decided, r -> workflow.approve(r, ReviewLevel.COUNTY,
                new Actor(TestStaff.SAVEH_COUNTY, ActorRole.COUNTY_STAFF), null));
        assertThat(ids(page(TestStaff.SAVEH_COUNTY, "/inbox?view=DECIDED"))).contains(decided).doesNotContain(other);
        assertThat(ids(page(TestStaff.ARAK_COUNTY, "/inbox?view=DECIDED"))).doesNotContain(decided);

        long county = counties.findByCode("0006").orElseThrow().getId();
        jdbc.update("INSERT INTO mosque (name, province_id, county_id, rural, created_at, version)"
                + " SELECT 'مسجد امام رضای آزمونی', province_id, id, FALSE, ?, 0 FROM county WHERE id = ?",
                Timestamp.from(Instant.now()), county);
        jdbc.update("UPDATE request SET mosque_id = (SELECT id FROM mosque WHERE name = 'مسجد امام رضای آزمونی')"
                + " WHERE id = ?", decided);
        String found = page(TestStaff.SAVEH_COUNTY, "/inbox?view=WITHDRAWN&q=امام رضای آزمون");
        assertThat(ids(found)).containsExactly(decided);
        assertThat(found).contains("مسجد امام رضای آزمونی");
        assertThat(ids(page(TestStaff.ARAK_COUNTY, "/inbox?q=امام رضای آزمون"))).isEmpty();
    }

    @Test
    void aNameSharedByHundredsOfPeopleStillFindsTheRegionsRequestAndNoOtherRegions() throws Exception {
        long saveh = submissions.submit("0006", "نام", "پرتکرارساوه", RequestType.SERVICE_REQUEST, "نام پرتکرار");
        long arak = submissions.submit("0001", "نام", "پرتکراراراک", RequestType.SERVICE_REQUEST, "نام پرتکرار");
        // More namesakes than the search turns into ids: it then checks the region's requests instead.
        jdbc.update("INSERT INTO person (first_name, last_name, gender, education, registered_at, created_at, version)"
                + " SELECT 'نام', CONCAT('پرتکرار', seq), 'MALE', 'BACHELOR', ?, ?, 0 FROM seq_1_to_"
                + (NameMatches.MOST_IDS + 1), Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        String found = page(TestStaff.SAVEH_COUNTY, "/inbox?q=پرتکرار");
        assertThat(ids(found)).contains(saveh).doesNotContain(arak);
    }

    @Test
    void anotherRegionsRequestIsNeverExportedNorBulkApprovedAndAnOwnOneIs() throws Exception {
        long saveh = submissions.submit("0006", "بیرون", "از منطقه", RequestType.MANAGER_REGISTRATION, "ثبت مدیر");
        long arak = submissions.submit("0001", "درون", "منطقه", RequestType.MANAGER_REGISTRATION, "ثبت مدیر");
        assertThat(requests.findById(arak).orElseThrow().getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);

        MvcResult export = mvc.perform(get("/inbox/export.xlsx?view=ALL").with(logins.as(TestStaff.ARAK_COUNTY)))
                .andReturn();
        assertThat(export.getResponse().getStatus()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
        }
        assertThat(codes).contains(display(arak)).doesNotContain(display(saveh));

        MvcResult bulk = mvc.perform(post("/inbox/bulk-approve").with(logins.as(TestStaff.ARAK_COUNTY)).with(csrf())
                .param("pick", saveh + ":" + requests.findById(saveh).orElseThrow().getVersion())
                .param("pick", arak + ":" + requests.findById(arak).orElseThrow().getVersion())
                .param("back", "view=WAITING&sort=r.id")).andReturn();
        assertThat(bulk.getResponse().getRedirectedUrl()).startsWith("/inbox?view=WAITING").doesNotContain("r.id");
        @SuppressWarnings("unchecked")
        List<BulkDecisions.Outcome> refused = (List<BulkDecisions.Outcome>) bulk.getFlashMap().get("bulkRefused");
        assertThat(refused).singleElement().satisfies(o -> assertThat(o.reason()).isEqualTo("در منطقهٔ شما چنین درخواستی نیست."));
        assertThat(requests.findById(saveh).orElseThrow().getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
        assertThat(requests.findById(arak).orElseThrow().getStatus()).isEqualTo(RequestStatus.APPROVED);

        // A service request is not for the bulk approval, even when sent by hand.
        long service = submissions.submit("0001", "خدمت", "دستی", RequestType.SERVICE_REQUEST, "خدمت");
        MvcResult refusedService = mvc.perform(post("/inbox/bulk-approve").with(logins.as(TestStaff.ARAK_COUNTY))
                .with(csrf()).param("pick", service + ":" + requests.findById(service).orElseThrow().getVersion()))
                .andReturn();
        @SuppressWarnings("unchecked")
        List<BulkDecisions.Outcome> notManager = (List<BulkDecisions.Outcome>) refusedService.getFlashMap().get("bulkRefused");
        assertThat(notManager).singleElement().satisfies(o -> assertThat(o.reason()).startsWith("تأیید گروهی فقط برای ثبت مدیر است"));
        assertThat(requests.findById(service).orElseThrow().getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
    }

    private String display(long id) {
        return PersianText.toPersianDigits(TrackingCode.display(requests.findById(id).orElseThrow().getTrackingCode()));
    }

    private String page(String who, String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(logins.as(who))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<Long> ids(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW_ID.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
