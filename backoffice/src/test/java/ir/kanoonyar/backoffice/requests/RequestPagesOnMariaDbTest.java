package ir.kanoonyar.backoffice.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.ConsentRepository;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.request.ReviewLevel;
import ir.kanoonyar.db.request.TimelineEventRepository;
import ir.kanoonyar.db.request.TimelineEventType;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.RandomPeople;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** The inbox, the request page and decisions, as staff of different regions, on the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class, SubmittedRequests.class})
class RequestPagesOnMariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    private static final Pattern ROW_ID = Pattern.compile("data-id=\"(\\d+)\"");
    private static final Pattern NEXT = Pattern.compile("class=\"next\"[^>]*href=\"[^\"]*after=([^\"&]+)");

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
    PersonRepository persons;
    @Autowired
    CountyRepository counties;
    @Autowired
    TimelineEventRepository timeline;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    ConsentRepository consents;
    @Autowired
    TransactionTemplate tx;

    // ---- access matrix ----

    @Test
    void countyStaffSeeTheirCountysCountyReviewsOnly() throws Exception {
        long arak = atCountyReview("0001", "علی", "رضایی");
        long saveh = atCountyReview("0006", "حسن", "کریمی");
        long arakAtProvince = atProvinceReview("0001", "مریم", "احمدی");

        List<Long> seen = inboxIds(TestStaff.ARAK_COUNTY, "/inbox");
        assertThat(seen).contains(arak).doesNotContain(saveh, arakAtProvince);
        assertThat(inboxIds(TestStaff.SAVEH_COUNTY, "/inbox")).contains(saveh).doesNotContain(arak, arakAtProvince);

        assertThat(status(TestStaff.ARAK_COUNTY, "/requests/" + arak)).isEqualTo(200);
        // Its own county's request at the province step is still its county's: readable, not decidable.
        assertThat(status(TestStaff.ARAK_COUNTY, "/requests/" + arakAtProvince)).isEqualTo(200);
        assertThat(page(TestStaff.ARAK_COUNTY, "/requests/" + arakAtProvince)).doesNotContain("/approve");
        assertThat(status(TestStaff.ARAK_COUNTY, "/requests/" + saveh)).isEqualTo(404);
    }

    @Test
    void provinceStaffSeeTheirProvincesProvinceReviewsAndNeverAnotherProvinces() throws Exception {
        long arakAtProvince = atProvinceReview("0001", "زهرا", "موسوی");
        long savehAtProvince = atProvinceReview("0006", "رضا", "حسینی");
        long arakAtCounty = atCountyReview("0001", "سارا", "نوری");
        long tehranAtProvince = atProvinceReview("2301", "محمد", "تهرانی");

        List<Long> markazi = inboxIds(TestStaff.MARKAZI_PROVINCE, "/inbox");
        assertThat(markazi).contains(arakAtProvince, savehAtProvince).doesNotContain(arakAtCounty, tehranAtProvince);
        Long saveh = counties.findByCode("0006").orElseThrow().getId();
        assertThat(inboxIds(TestStaff.MARKAZI_PROVINCE, "/inbox?county=" + saveh))
                .contains(savehAtProvince).doesNotContain(arakAtProvince);
        // A county of another province in the filter does not widen the scope.
        Long tehranCounty = counties.findByCode("2301").orElseThrow().getId();
        assertThat(inboxIds(TestStaff.MARKAZI_PROVINCE, "/inbox?county=" + tehranCounty))
                .doesNotContain(tehranAtProvince);

        assertThat(inboxIds(TestStaff.TEHRAN_PROVINCE, "/inbox")).contains(tehranAtProvince)
                .doesNotContain(arakAtProvince, savehAtProvince);
        assertThat(inboxIds(TestStaff.NATIONAL, "/inbox")).contains(arakAtProvince, tehranAtProvince)
                .doesNotContain(arakAtCounty);

        // An id guessed from another province is not found, exactly like an id that does not exist.
        assertThat(status(TestStaff.MARKAZI_PROVINCE, "/requests/" + tehranAtProvince)).isEqualTo(404);
        assertThat(status(TestStaff.MARKAZI_PROVINCE, "/requests/999999999")).isEqualTo(404);
        assertThat(status(TestStaff.TEHRAN_PROVINCE, "/requests/" + arakAtProvince)).isEqualTo(404);
        assertThat(status(TestStaff.MARKAZI_PROVINCE, "/requests/" + arakAtCounty)).isEqualTo(200);
        assertThat(status(TestStaff.NATIONAL, "/requests/" + tehranAtProvince)).isEqualTo(200);
    }

    @Test
    void decidingOutsideTheScopeIsNotFoundAndChangesNothing() throws Exception {
        long tehran = atProvinceReview("2301", "امیر", "صادقی");
        long version = requests.findById(tehran).orElseThrow().getVersion();
        MvcResult result = mvc.perform(post("/requests/" + tehran + "/approve").with(logins.as(TestStaff.MARKAZI_PROVINCE)).with(csrf()).param("version", String.valueOf(version))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        MvcResult reject = mvc.perform(post("/requests/" + tehran + "/reject").with(logins.as(TestStaff.MARKAZI_PROVINCE)).with(csrf()).param("version", String.valueOf(version))).andReturn();
        assertThat(reject.getResponse().getStatus()).isEqualTo(404);
        assertThat(requests.findById(tehran).orElseThrow().getStatus()).isEqualTo(RequestStatus.PROVINCE_REVIEW);
    }

    @Test
    void nobodySignedInSeesNothing() throws Exception {
        // Nobody signed in: sent to the login page.
        assertThat(mvc.perform(get("/inbox")).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    // ---- the inbox ----

    @Test
    void searchFindsATrackingCodeTypedInPersianDigitsWithDashesANationalCodeAndAName() throws Exception {
        long id = atCountyReview("0001", "نگار", "جستجوپذیر");
        long other = atCountyReview("0001", "کاوه", "دیگری");
        Request request = requests.findById(id).orElseThrow();
        String typed = PersianText.toPersianDigits(TrackingCode.display(request.getTrackingCode()));
        assertThat(typed).contains("-");

        assertThat(inboxIds(TestStaff.ARAK_COUNTY, "/inbox?q=" + typed)).containsExactly(id);
        String nationalCode = persons.findById(request.getApplicantPersonId()).orElseThrow().getNationalCode();
        assertThat(inboxIds(TestStaff.ARAK_COUNTY, "/inbox?q=" + PersianText.toPersianDigits(nationalCode)))
                .containsExactly(id);
        assertThat(inboxIds(TestStaff.ARAK_COUNTY, "/inbox?q=جستجوپذیر")).containsExactly(id);
        assertThat(inboxIds(TestStaff.ARAK_COUNTY, "/inbox?q=نگار جستجو")).containsExactly(id).doesNotContain(other);
        // A code from another county finds nothing.
        long saveh = atCountyReview("0006", "بهرام", "ساوجی");
        assertThat(inboxIds(TestStaff.ARAK_COUNTY, "/inbox?q=" + requests.findById(saveh).orElseThrow()
                .getTrackingCode())).isEmpty();
    }

    @Test
    void overdueRequestsAreMarkedAndCanBeFilteredAndCountedPerType() throws Exception {
        long late = atCountyReview("0001", "دیر", "کرد");
        long onTime = atCountyReview("0001", "به", "موقع");
        jdbc.update("UPDATE request SET due_at = ? WHERE id = ?", Timestamp.from(Instant.now().minus(2,
                ChronoUnit.DAYS)), late);

        String all = page(TestStaff.ARAK_COUNTY, "/inbox");
        assertThat(rowTag(all, late)).contains("overdue");
        assertThat(rowTag(all, onTime)).doesNotContain("overdue");
        assertThat(inboxIds(TestStaff.ARAK_COUNTY, "/inbox?overdue=true")).contains(late).doesNotContain(onTime);

        Integer serviceRequests = jdbc.queryForObject("SELECT COUNT(*) FROM request WHERE status = 'COUNTY_REVIEW'"
                + " AND county_id = ? AND type = 'SERVICE_REQUEST'", Integer.class,
                counties.findByCode("0001").orElseThrow().getId());
        assertThat(all).contains(text("type.SERVICE_REQUEST") + "</span>:");
        assertThat(all).containsPattern("<span class=\"count\">" + PersianText.toPersianDigits(String.valueOf(serviceRequests)) + "</span>");
    }

    @Test
    void keysetPaginationWalksEveryRequestOnceInDueOrder() throws Exception {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 57; i++) {
            created.add(atCountyReview("0002", "صفحه", "شماره" + i));
        }
        // Many share one due time, so the id must break the tie across the page boundary.
        Instant sameDue = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (Long id : created.subList(20, 57)) {
            jdbc.update("UPDATE request SET due_at = ? WHERE id = ?", Timestamp.from(sameDue), id);
        }

        List<Long> walked = new ArrayList<>();
        String url = "/inbox";
        int pages = 0;
        while (url != null) {
            String html = page(TestStaff.ASHTIAN_COUNTY, url);
            List<Long> ids = ids(html);
            assertThat(ids).hasSizeLessThanOrEqualTo(50);
            walked.addAll(ids);
            Matcher next = NEXT.matcher(html);
            url = next.find() ? "/inbox?after=" + URLDecoder.decode(next.group(1), StandardCharsets.UTF_8) : null;
            pages++;
        }
        assertThat(pages).isEqualTo(2);
        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        List<Long> expected = jdbc.queryForList("SELECT id FROM request WHERE status = 'COUNTY_REVIEW' AND county_id = ?"
                + " ORDER BY due_at, id", Long.class, counties.findByCode("0002").orElseThrow().getId());
        assertThat(walked).containsExactlyElementsOf(expected);
    }

    // ---- the request page ----

    @Test
    void theRequestPageShowsItsFactsInPersian() throws Exception {
        long id = atCountyReview("0001", "فاطمه", "کاظمی");
        Request request = requests.findById(id).orElseThrow();
        String html = page(TestStaff.ARAK_COUNTY, "/requests/" + id);
        assertThat(html).contains("lang=\"fa\"", "dir=\"rtl\"")
                .contains(PersianText.toPersianDigits(TrackingCode.display(request.getTrackingCode())))
                .contains(text("status.COUNTY_REVIEW"), text("type.SERVICE_REQUEST"), "فاطمه کاظمی", "اراک", "مرکزی")
                .contains(text("timeline.intact"), text("event.SUBMITTED"))
                .contains("name=\"version\" value=\"" + request.getVersion() + "\"");
        // A service request is filed by a manager in office: no eligibility checklist.
        assertThat(html).doesNotContain(text("request.eligibility"), "class=\"checklist\"");
    }

    @Test
    void aRegistrationsChecklistIsWordedForStaff() throws Exception {
        long id = submitted("0001", "زهرا", "کاظمی", RequestType.MANAGER_REGISTRATION);
        String html = page(TestStaff.ARAK_COUNTY, "/requests/" + id);
        assertThat(html).contains(text("request.eligibility"), "class=\"checklist\"", "سن متقاضی", "تحصیلات ثبت‌شدهٔ متقاضی")
                .doesNotContain("سن شما", "ثبت‌شدهٔ شما");
    }

    @Test
    void theRequestPageTellsEachTimelineVerdictInPersian() throws Exception {
        long intact = atProvinceReview("0001", "سالم", "امضاشده");
        assertThat(page(TestStaff.ARAK_COUNTY, "/requests/" + intact))
                .contains(text("timeline.intact"), "امضای الکترونیکی معتبر", text("timeline.keys", "test-key"))
                // Who signed and when, in Jalali with Persian digits; the key id only in the verifier's small line.
                .containsPattern("سرور سامانه امضا کرده است؛ آخرین امضا در [۰-۹]+ [^ ]+ [۰-۹]{4} [۰-۹]{2}:[۰-۹]{2}")
                .containsPattern("<p class=\"note key-ids\"><small>[^<]*test-key</small>")
                .doesNotContain("کلید امضا: test-key")
                .doesNotContain("data-timeline-problem", text("timeline.unsigned", "۲"));

        long edited = atProvinceReview("0001", "ویرایش", "شده");
        jdbc.update("UPDATE timeline_event SET actor = 'someone-else' WHERE request_id = ? AND seq = 1", edited);
        assertThat(page(TestStaff.ARAK_COUNTY, "/requests/" + edited))
                .contains(text("timeline.problem.EDITED", "۱", ""), "data-timeline-problem=\"EDITED\"")
                .doesNotContain(text("timeline.intact"));

        // A signature that is a real one, but of another event: the chain holds, the signature does not.
        long resigned = atProvinceReview("0001", "امضای", "جابه‌جا");
        String firstSignature = jdbc.queryForObject("SELECT signature FROM timeline_event WHERE request_id = ? AND seq = 1",
                String.class, resigned);
        jdbc.update("UPDATE timeline_event SET signature = ? WHERE request_id = ? AND seq = 2", firstSignature, resigned);
        assertThat(page(TestStaff.ARAK_COUNTY, "/requests/" + resigned))
                .contains(text("timeline.problem.BAD_SIGNATURE", "۲", "test-key"));

        long unknownKey = atProvinceReview("0001", "کلید", "ناشناس");
        jdbc.update("UPDATE timeline_event SET key_id = 'stolen-key' WHERE request_id = ? AND seq = 2", unknownKey);
        assertThat(page(TestStaff.ARAK_COUNTY, "/requests/" + unknownKey))
                .contains(text("timeline.problem.UNKNOWN_KEY", "۲", "stolen-key"));

        // As migration V19 leaves events written before it.
        long beforeKeys = atProvinceReview("0001", "پیش", "از امضا");
        jdbc.update("UPDATE timeline_event SET key_id = NULL, signature = NULL WHERE request_id = ?", beforeKeys);
        assertThat(page(TestStaff.ARAK_COUNTY, "/requests/" + beforeKeys))
                .contains(text("timeline.intact"), text("timeline.unsigned", "۲"))
                .doesNotContain("data-timeline-problem");

        long stripped = atProvinceReview("0001", "امضای", "برداشته");
        jdbc.update("UPDATE timeline_event SET key_id = NULL, signature = NULL WHERE request_id = ? AND seq = 2",
                stripped);
        assertThat(page(TestStaff.ARAK_COUNTY, "/requests/" + stripped))
                .contains(text("timeline.problem.UNSIGNED", "۲", ""));
    }

    @Test
    void theRequestPageShowsWhoSignedEachConsentWithNumberAndJalaliTime() throws Exception {
        long id = submitted("0001", "زینب", "رحیمی", RequestType.ESTABLISHMENT);
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.AWAITING_CONSENTS);
        County arak = counties.findByCode("0001").orElseThrow();
        String imamMobile = "0912" + RandomPeople.digits(7);
        String trusteeMobile = "0912" + RandomPeople.digits(7);
        long imamId = tx.execute(s -> {
            Person imam = new Person(Instant.now());
            imam.register(new Person.Profile(RandomPeople.nationalCode(), "محمد", "حسینی", imamMobile,
                    LocalDate.of(1970, 1, 1), Gender.MALE, Education.MASTER, "اراک", arak.getProvince().getId(),
                    arak.getId()), Instant.now());
            return persons.save(imam).getId();
        });
        inTx(id, r -> {
            Consent imam = consents.save(new Consent(id, ConsentRole.IMAM, imamMobile, Instant.now()));
            consents.save(new Consent(id, ConsentRole.TRUSTEES_HEAD, trusteeMobile, Instant.now()));
            workflow.recordConsent(r, imam, true, imamId, "با تأسیس کانون موافقم");
        });
        Instant signedAt = consents.findByRequestId(id).stream().filter(c -> c.getRole() == ConsentRole.IMAM)
                .findFirst().orElseThrow().getAnsweredAt();

        String html = page(TestStaff.ARAK_COUNTY, "/requests/" + id);
        assertThat(html).contains(text("consent.signer"), text("consent.mobile"), text("consent.answeredAt"))
                .contains("محمد حسینی", PersianText.toPersianDigits(imamMobile), JalaliDate.tehranDayAndTime(signedAt),
                        "با تأسیس کانون موافقم", text("consentStatus.SIGNED"))
                // The head of trustees has not answered: the number asked for, nobody named, no time.
                .contains(PersianText.toPersianDigits(trusteeMobile), text("consentStatus.PENDING"))
                .doesNotContain(imamMobile, trusteeMobile);
    }

    @Test
    void aNameTypedAsScriptShowsAsText() throws Exception {
        long id = atCountyReview("0001", "<script>alert(1)</script>", "<b>x</b>");
        String inbox = page(TestStaff.ARAK_COUNTY, "/inbox");
        String request = page(TestStaff.ARAK_COUNTY, "/requests/" + id);
        for (String html : List.of(inbox, request)) {
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                    .doesNotContain("<b>x</b>");
        }
    }

    // ---- decisions ----

    @Test
    void anApprovalMovesTheRequestAndWritesTheTimelineAndTheApplicantsNotice() throws Exception {
        long id = atCountyReview("0001", "یاسر", "تأییدی");
        Request before = requests.findById(id).orElseThrow();
        MvcResult result = mvc.perform(post("/requests/" + id + "/approve").with(logins.as(TestStaff.ARAK_COUNTY)).with(csrf()).param("version", String.valueOf(before.getVersion()))
                .param("comment", "مدارک کامل است")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/inbox");
        assertThat(result.getFlashMap().get(RequestsController.NOTICE)).isEqualTo(text("decision.done.APPROVE"));
        // A service request's final step is the county's, by the national default route.
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.APPROVED);
        assertThat(timeline.findByRequestIdOrderBySeqAsc(id)).last().satisfies(e -> {
            assertThat(e.getEventType()).isEqualTo(TimelineEventType.APPROVED);
            assertThat(e.getActor()).isEqualTo(TestStaff.ARAK_COUNTY);
            assertThat(e.getActorRole()).isEqualTo(ActorRole.COUNTY_STAFF);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE person_id = ? AND kind = 'STATUS_CHANGED'",
                Integer.class, before.getApplicantPersonId())).isEqualTo(1);
    }

    @Test
    void aReturnNamesTheFieldsToFix() throws Exception {
        long id = atCountyReview("0001", "جواد", "اصلاحی");
        long version = requests.findById(id).orElseThrow().getVersion();
        mvc.perform(post("/requests/" + id + "/return").with(logins.as(TestStaff.ARAK_COUNTY)).with(csrf())
                .param("version", String.valueOf(version)).param("comment", "توضیح کافی نیست")
                .param("fields", "description", "not_a_field")).andReturn();
        Request returned = requests.findById(id).orElseThrow();
        assertThat(returned.getStatus()).isEqualTo(RequestStatus.RETURNED);
        assertThat(returned.getFieldsToFix()).containsExactly("description");
    }

    @Test
    void aRejectionWithoutACommentIsRefusedInPersianAndKeepsTheForm() throws Exception {
        long id = atCountyReview("0001", "بی", "دلیل");
        long version = requests.findById(id).orElseThrow().getVersion();
        MvcResult result = mvc.perform(post("/requests/" + id + "/reject").with(logins.as(TestStaff.ARAK_COUNTY)).with(csrf()).param("version", String.valueOf(version)).param("comment", "   ")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains(text("decision.commentRequired")).contains("/requests/" + id + "/reject");
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
        assertThat(timeline.findByRequestIdOrderBySeqAsc(id)).hasSize(1);
    }

    @Test
    void aCommentLongerThanItsColumnIsRefusedWithTheLimitAndKeptForEditing() throws Exception {
        long id = atCountyReview("0001", "پر", "گو");
        long version = requests.findById(id).orElseThrow().getVersion();
        String comment = "مدارک کامل است. ".repeat(125) + "تمام";        // 16 × 125 + 4 = 2,004 characters
        for (String decision : List.of("approve", "reject", "return")) {
            MvcResult result = mvc.perform(post("/requests/" + id + "/" + decision).with(logins.as(TestStaff.ARAK_COUNTY))
                    .with(csrf()).param("version", String.valueOf(version)).param("comment", comment)).andReturn();
            assertThat(result.getResponse().getStatus()).as(decision).isEqualTo(200);
            String html = result.getResponse().getContentAsString();
            assertThat(html).as(decision).contains("بیشترین اندازهٔ مجاز ۲۰۰۰ نویسه", "۲۰۰۴ نویسه", comment.strip());
        }
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
        assertThat(timeline.findByRequestIdOrderBySeqAsc(id)).hasSize(1);
    }

    @Test
    void aStaleVersionGetsTheConflictMessageAndChangesNothing() throws Exception {
        long id = atCountyReview("0001", "دیر", "رسیده");
        long shown = requests.findById(id).orElseThrow().getVersion();
        // A colleague returns it first.
        inTx(id, r -> workflow.returnToApplicant(r, ReviewLevel.COUNTY, new Actor("colleague", ActorRole.COUNTY_STAFF),
                "تلفن اشتباه است", List.of()));
        int events = timeline.findByRequestIdOrderBySeqAsc(id).size();

        MvcResult result = mvc.perform(post("/requests/" + id + "/reject").with(logins.as(TestStaff.ARAK_COUNTY)).with(csrf()).param("version", String.valueOf(shown)).param("comment", "ناقص")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/requests/" + id);
        assertThat(result.getFlashMap().get(RequestsController.PROBLEM)).isEqualTo(text("decision.conflict"));
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.RETURNED);
        assertThat(timeline.findByRequestIdOrderBySeqAsc(id)).hasSize(events);

    }

    // ---- seeding ----

    private long atCountyReview(String countyCode, String firstName, String lastName) {
        return submitted(countyCode, firstName, lastName, RequestType.SERVICE_REQUEST);
    }

    private long atProvinceReview(String countyCode, String firstName, String lastName) {
        return atProvinceReview(countyCode, firstName, lastName, RequestType.RESIGNATION);
    }

    private long atProvinceReview(String countyCode, String firstName, String lastName, RequestType type) {
        long id = submitted(countyCode, firstName, lastName, type);
        if (requests.findById(id).orElseThrow().getStatus() == RequestStatus.COUNTY_REVIEW) {
            inTx(id, r -> workflow.approve(r, ReviewLevel.COUNTY, new Actor("county-expert", ActorRole.COUNTY_STAFF),
                    null));
        }
        return id;
    }

    private long submitted(String countyCode, String firstName, String lastName, RequestType type) {
        return submissions.submit(countyCode, firstName, lastName, type, "نیاز به تجهیزات صوتی");
    }

    private void inTx(long id, Consumer<Request> action) {
        submissions.inTx(id, action);
    }

    // ---- web helpers ----

    private String page(String who, String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(logins.as(who))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String who, String url) throws Exception {
        return mvc.perform(get(url).with(logins.as(who))).andReturn().getResponse().getStatus();
    }

    private List<Long> inboxIds(String who, String url) throws Exception {
        return ids(page(who, url));
    }

    /** The opening tag of the inbox row of that request. */
    private static String rowTag(String html, long id) {
        Matcher m = Pattern.compile("<tr[^>]*data-id=\"" + id + "\"[^>]*>").matcher(html);
        assertThat(m.find()).as("row of request " + id).isTrue();
        return m.group();
    }

    private static List<Long> ids(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW_ID.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.ROOT);
    }
}
