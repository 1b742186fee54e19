package ir.kanoonyar.backoffice.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Attachment;
import ir.kanoonyar.db.request.AttachmentRepository;
import ir.kanoonyar.db.request.AttachmentStore;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.ConsentRepository;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.Inquiry;
import ir.kanoonyar.db.request.InquiryRepository;
import ir.kanoonyar.db.request.InquiryResult;
import ir.kanoonyar.db.request.InquiryType;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.request.ReviewLevel;
import ir.kanoonyar.db.request.TimelineEventRepository;
import ir.kanoonyar.db.request.TimelineEventType;
import ir.kanoonyar.db.request.TimelineVerifier;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** Inquiries and attachments on the request page, as staff of different regions, on the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class, SubmittedRequests.class})
class InquiriesOnMariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
        registry.add("kanoonyar.attachments.dir", () -> System.getProperty("java.io.tmpdir")
                + "/kanoonyar-bo-inquiries-test/attachments");
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H'};
    private static final String FAR_DUE = "۱۴۱۰/۰۹/۳۰";

    @Autowired
    MockMvc mvc;
    @Autowired
    TimelineVerifier verifier;
    @Autowired
    SubmittedRequests submissions;
    @Autowired
    TestStaff.Logins logins;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestRepository requests;
    @Autowired
    TimelineEventRepository timeline;
    @Autowired
    InquiryRepository inquiries;
    @Autowired
    AttachmentRepository attachments;
    @Autowired
    AttachmentStore store;
    @Autowired
    ConsentRepository consents;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MessageSource messages;

    @Test
    void addingAnInquiryShowsItAndSignsItIntoTheTimeline() throws Exception {
        long id = submitted("0001", RequestType.SERVICE_REQUEST);
        MvcResult added = mvc.perform(post("/requests/" + id + "/inquiries").with(logins.as(TestStaff.ARAK_COUNTY))
                .with(csrf()).param("type", "CRIMINAL_RECORD").param("due", FAR_DUE)).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/requests/" + id);
        assertThat(added.getFlashMap().get(RequestsController.NOTICE))
                .isEqualTo(text("inquiry.added", text("inquiryType.CRIMINAL_RECORD")));

        Inquiry inquiry = only(id);
        assertThat(inquiry.getType()).isEqualTo(InquiryType.CRIMINAL_RECORD);
        assertThat(inquiry.getResult()).isEqualTo(InquiryResult.PENDING);
        assertThat(inquiry.getAskedOn()).isEqualTo(JalaliDate.today(java.time.Clock.systemUTC()).toLocalDate());
        assertThat(JalaliDate.from(inquiry.getDueOn())).isEqualTo(JalaliDate.of(1410, 9, 30));
        assertThat(timeline.findByRequestIdOrderBySeqAsc(id)).last().satisfies(e -> {
            assertThat(e.getEventType()).isEqualTo(TimelineEventType.INQUIRY_ASKED);
            assertThat(e.getActor()).isEqualTo(TestStaff.ARAK_COUNTY);
            assertThat(e.getActorRole()).isEqualTo(ActorRole.COUNTY_STAFF);
        });
        assertThat(intact(id)).isTrue();

        String html = page(TestStaff.ARAK_COUNTY, "/requests/" + id);
        assertThat(html).contains(text("inquiryType.CRIMINAL_RECORD"), text("inquiryResult.PENDING"),
                JalaliDate.of(1410, 9, 30).formatLong(), text("event.INQUIRY_ASKED"), text("timeline.intact"),
                "/requests/" + id + "/inquiries/" + inquiry.getId() + "/answer");

        // The same type again: refused in Persian, nothing written.
        int events = timeline.findByRequestIdOrderBySeqAsc(id).size();
        MvcResult again = mvc.perform(post("/requests/" + id + "/inquiries").with(logins.as(TestStaff.ARAK_COUNTY))
                .with(csrf()).param("type", "CRIMINAL_RECORD").param("due", "")).andReturn();
        assertThat(again.getFlashMap().get(RequestsController.PROBLEM)).isEqualTo(text("inquiry.problem.duplicate"));
        MvcResult badDate = mvc.perform(post("/requests/" + id + "/inquiries").with(logins.as(TestStaff.ARAK_COUNTY))
                .with(csrf()).param("type", "ADDICTION").param("due", "۱۴۰۵/۰۷/۳۱")).andReturn();
        assertThat(badDate.getFlashMap().get(RequestsController.PROBLEM)).isEqualTo(text("inquiry.problem.badDueDate"));
        assertThat(inquiries.findByRequestId(id)).hasSize(1);
        assertThat(timeline.findByRequestIdOrderBySeqAsc(id)).hasSize(events);
    }

    @Test
    void aScansNameIsShownWithoutBidiControlsAndIsolatedFromThePageAroundIt() throws Exception {
        long id = submitted("0001", RequestType.SERVICE_REQUEST);
        long inquiryId = ask(TestStaff.ARAK_COUNTY, id, "ADDICTION");
        // A right-to-left override would show "پاسخ<RLO>fdp.exe" as if it ended in "exe.pdf".
        mvc.perform(answer(id, inquiryId, "CLEAR",
                new MockMultipartFile("scan", "پاسخ\u202Efdp.exe", "application/pdf", PDF))).andReturn();

        Attachment scan = attachments.findById(only(id).getScanAttachmentId()).orElseThrow();
        assertThat(scan.getFileName()).isEqualTo("پاسخfdp.exe");
        assertThat(page(TestStaff.ARAK_COUNTY, "/requests/" + id)).contains("<bdi>پاسخfdp.exe</bdi>")
                .doesNotContain("\u202E");
    }

    @Test
    void answeringClearWithAPdfScanKeepsTheScanOnTheRequestAndItDownloadsSafely() throws Exception {
        long id = submitted("0001", RequestType.SERVICE_REQUEST);
        long inquiryId = ask(TestStaff.ARAK_COUNTY, id, "ADDICTION");
        MvcResult answered = mvc.perform(answer(id, inquiryId, "CLEAR",
                new MockMultipartFile("scan", "پاسخ اعتیاد.pdf", "text/html", PDF))
                .param("reference", "۱۲۳/ب").param("note", "بدون مانع")).andReturn();
        assertThat(answered.getResponse().getRedirectedUrl()).isEqualTo("/requests/" + id);
        assertThat(answered.getFlashMap().get(RequestsController.NOTICE))
                .isEqualTo(text("inquiry.answered", text("inquiryType.ADDICTION")));

        Inquiry inquiry = only(id);
        assertThat(inquiry.getResult()).isEqualTo(InquiryResult.CLEAR);
        assertThat(inquiry.getReference()).isEqualTo("۱۲۳/ب");
        assertThat(inquiry.getScanAttachmentId()).isNotNull();
        Attachment scan = attachments.findById(inquiry.getScanAttachmentId()).orElseThrow();
        assertThat(scan.getRequestId()).isEqualTo(id);
        assertThat(scan.getContentType()).isEqualTo("application/pdf");
        assertThat(timeline.findByRequestIdOrderBySeqAsc(id)).last()
                .satisfies(e -> assertThat(e.getEventType()).isEqualTo(TimelineEventType.INQUIRY_ANSWERED));
        assertThat(intact(id)).isTrue();

        String html = page(TestStaff.ARAK_COUNTY, "/requests/" + id);
        assertThat(html).contains(text("inquiryResult.CLEAR"), "پاسخ اعتیاد.pdf",
                "/requests/" + id + "/attachments/" + scan.getId() + "?download=1");

        MvcResult download = mvc.perform(get("/requests/" + id + "/attachments/" + scan.getId())
                .param("download", "1").with(logins.as(TestStaff.ARAK_COUNTY))).andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''%D9%BE%D8%A7%D8%B3%D8%AE%20");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        // A PDF is never shown inline, even without ?download=1.
        MvcResult plain = mvc.perform(get("/requests/" + id + "/attachments/" + scan.getId())
                .with(logins.as(TestStaff.ARAK_COUNTY))).andReturn();
        assertThat(plain.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
    }

    @Test
    void aScanThatIsNotAPdfOrAnImageIsRefusedAndNothingIsRecorded() throws Exception {
        long id = submitted("0001", RequestType.SERVICE_REQUEST);
        long inquiryId = ask(TestStaff.ARAK_COUNTY, id, "SECURITY");
        int events = timeline.findByRequestIdOrderBySeqAsc(id).size();
        MvcResult refused = mvc.perform(answer(id, inquiryId, "CLEAR", new MockMultipartFile("scan", "scan.pdf",
                "application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))))
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/requests/" + id);
        assertThat(refused.getFlashMap().get(RequestsController.PROBLEM))
                .isEqualTo(text("inquiry.problem.scanNotADocument"));
        assertThat(only(id).getResult()).isEqualTo(InquiryResult.PENDING);
        assertThat(attachments.findByRequestId(id)).isEmpty();
        assertThat(timeline.findByRequestIdOrderBySeqAsc(id)).hasSize(events);
    }

    @Test
    void approvalIsBlockedUntilEveryRequiredInquiryIsClearThenTheProvinceApproves() throws Exception {
        long id = submitted("0001", RequestType.MANAGER_CHANGE);
        Request request = requests.findById(id).orElseThrow();
        assertThat(request.getStatus()).isEqualTo(RequestStatus.AWAITING_CONSENTS);
        tx.executeWithoutResult(s -> {
            Request r = requests.findById(id).orElseThrow();
            Consent imam = consents.save(new Consent(id, ConsentRole.IMAM, "09120000000", Instant.now()));
            workflow.recordConsent(r, imam, true, r.getApplicantPersonId(), null);
        });
        inTx(id, r -> workflow.approve(r, ReviewLevel.COUNTY, new Actor("county-expert", ActorRole.COUNTY_STAFF),
                null));
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.PROVINCE_REVIEW);

        String before = page(TestStaff.MARKAZI_PROVINCE, "/requests/" + id);
        assertThat(before).contains(text("inquiry.missing"));
        MvcResult blocked = approve(id);
        assertThat(blocked.getFlashMap().get(RequestsController.PROBLEM).toString())
                .contains(text("inquiryType.CRIMINAL_RECORD"), text("inquiryType.ADDICTION"),
                        text("inquiryType.SECURITY"));

        for (String type : List.of("CRIMINAL_RECORD", "ADDICTION", "SECURITY")) {
            long inquiryId = ask(TestStaff.MARKAZI_PROVINCE, id, type);
            mvc.perform(multipart("/requests/" + id + "/inquiries/" + inquiryId + "/answer")
                    .with(logins.as(TestStaff.MARKAZI_PROVINCE)).with(csrf())
                    .param("result", "CLEAR").param("answeredOn", "")).andReturn();
        }
        assertThat(page(TestStaff.MARKAZI_PROVINCE, "/requests/" + id)).doesNotContain(text("inquiry.missing"));
        MvcResult approved = approve(id);
        assertThat(approved.getFlashMap().get(RequestsController.NOTICE)).isEqualTo(text("decision.done.APPROVE"));
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.APPROVED);
        assertThat(intact(id)).isTrue();
        assertThat(timeline.findByRequestIdOrderBySeqAsc(id)).filteredOn(e -> e.getEventType()
                == TimelineEventType.INQUIRY_ANSWERED).allSatisfy(e -> assertThat(e.getActorRole())
                .isEqualTo(ActorRole.PROVINCE_STAFF)).hasSize(3);
    }

    @Test
    void anotherCountysStaffGetNotFoundOnEveryInquiryAndAttachmentUrl() throws Exception {
        long id = submitted("0001", RequestType.SERVICE_REQUEST);
        long inquiryId = ask(TestStaff.ARAK_COUNTY, id, "EDUCATION");
        long attachmentId = attached(id, PNG, "عکس.png");

        MvcResult add = mvc.perform(post("/requests/" + id + "/inquiries").with(logins.as(TestStaff.SAVEH_COUNTY))
                .with(csrf()).param("type", "ADDICTION")).andReturn();
        assertThat(add.getResponse().getStatus()).isEqualTo(404);
        MvcResult answer = mvc.perform(multipart("/requests/" + id + "/inquiries/" + inquiryId + "/answer")
                .with(logins.as(TestStaff.SAVEH_COUNTY)).with(csrf()).param("result", "NOT_CLEAR")).andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(404);
        assertThat(status(TestStaff.SAVEH_COUNTY, "/requests/" + id + "/attachments/" + attachmentId)).isEqualTo(404);
        assertThat(status(TestStaff.TEHRAN_PROVINCE, "/requests/" + id + "/attachments/" + attachmentId
                + "?download=1")).isEqualTo(404);
        assertThat(only(id).getResult()).isEqualTo(InquiryResult.PENDING);
        assertThat(inquiries.findByRequestId(id)).hasSize(1);

        // Its own staff see the image inline, as the stored type, never sniffed.
        MvcResult inline = mvc.perform(get("/requests/" + id + "/attachments/" + attachmentId)
                .with(logins.as(TestStaff.ARAK_COUNTY))).andReturn();
        assertThat(inline.getResponse().getStatus()).isEqualTo(200);
        assertThat(inline.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(inline.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(inline.getResponse().getHeader("Content-Disposition")).startsWith("inline;")
                .contains("filename*=UTF-8''%D8%B9%DA%A9%D8%B3.png");
        assertThat(page(TestStaff.ARAK_COUNTY, "/requests/" + id))
                .contains("src=\"/requests/" + id + "/attachments/" + attachmentId + "\"");
    }

    @Test
    void anAttachmentOfAnotherRequestIsNotFoundThroughThisRequestsUrl() throws Exception {
        long mine = submitted("0001", RequestType.SERVICE_REQUEST);
        long other = submitted("0001", RequestType.SERVICE_REQUEST);
        long othersFile = attached(other, PDF, "other.pdf");
        assertThat(status(TestStaff.ARAK_COUNTY, "/requests/" + mine + "/attachments/" + othersFile)).isEqualTo(404);
        assertThat(status(TestStaff.ARAK_COUNTY, "/requests/" + mine + "/attachments/" + othersFile + "?download=1"))
                .isEqualTo(404);
        assertThat(status(TestStaff.ARAK_COUNTY, "/requests/" + other + "/attachments/" + othersFile)).isEqualTo(200);
        // Nor can an answer name another request's inquiry.
        long othersInquiry = ask(TestStaff.ARAK_COUNTY, other, "CRIMINAL_RECORD");
        MvcResult crossed = mvc.perform(multipart("/requests/" + mine + "/inquiries/" + othersInquiry + "/answer")
                .with(logins.as(TestStaff.ARAK_COUNTY)).with(csrf()).param("result", "CLEAR")).andReturn();
        assertThat(crossed.getResponse().getStatus()).isEqualTo(404);
        assertThat(only(other).getResult()).isEqualTo(InquiryResult.PENDING);
    }

    @Test
    void withoutTheCsrfTokenEveryInquiryFormIsForbidden() throws Exception {
        long id = submitted("0001", RequestType.SERVICE_REQUEST);
        long inquiryId = ask(TestStaff.ARAK_COUNTY, id, "CRIMINAL_RECORD");
        MvcResult add = mvc.perform(post("/requests/" + id + "/inquiries").with(logins.as(TestStaff.ARAK_COUNTY))
                .param("type", "ADDICTION")).andReturn();
        assertThat(add.getResponse().getStatus()).isEqualTo(403);
        MvcResult answer = mvc.perform(multipart("/requests/" + id + "/inquiries/" + inquiryId + "/answer")
                .file(new MockMultipartFile("scan", "s.pdf", "application/pdf", PDF))
                .with(logins.as(TestStaff.ARAK_COUNTY)).param("result", "CLEAR")).andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(403);
        assertThat(inquiries.findByRequestId(id)).hasSize(1);
        assertThat(only(id).getResult()).isEqualTo(InquiryResult.PENDING);
    }

    // ---- helpers ----

    private MockMultipartHttpServletRequestBuilder answer(long id, long inquiryId, String result,
                                                         MockMultipartFile scan) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/requests/" + id + "/inquiries/" + inquiryId
                + "/answer").file(scan).with(logins.as(TestStaff.ARAK_COUNTY)).with(csrf())
                .param("result", result).param("answeredOn", PersianText.toPersianDigits(
                        JalaliDate.today(java.time.Clock.systemUTC()).format()));
    }

    private long ask(String who, long id, String type) throws Exception {
        MvcResult result = mvc.perform(post("/requests/" + id + "/inquiries").with(logins.as(who)).with(csrf())
                .param("type", type).param("due", FAR_DUE)).andReturn();
        assertThat(result.getFlashMap().get(RequestsController.PROBLEM)).isNull();
        return inquiries.findByRequestId(id).stream().filter(i -> i.getType().name().equals(type)).findFirst()
                .orElseThrow().getId();
    }

    private MvcResult approve(long id) throws Exception {
        long version = requests.findById(id).orElseThrow().getVersion();
        return mvc.perform(post("/requests/" + id + "/approve").with(logins.as(TestStaff.MARKAZI_PROVINCE))
                .with(csrf()).param("version", String.valueOf(version))).andReturn();
    }

    private long attached(long requestId, byte[] bytes, String name) {
        return tx.execute(s -> {
            AttachmentStore.Result kept = store.keep(bytes, false, "photo", name, null);
            assertThat(kept.kept()).isTrue();
            kept.attachment().attachTo(requestId);
            return attachments.save(kept.attachment()).getId();
        });
    }

    private Inquiry only(long id) {
        List<Inquiry> all = inquiries.findByRequestId(id);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private boolean intact(long id) {
        return verifier.verify(requests.findById(id).orElseThrow()).intact();
    }

    private long submitted(String countyCode, RequestType type) {
        return submissions.submit(countyCode, "استعلام", "شونده", type, "درخواست آزمایشی");
    }

    private void inTx(long id, Consumer<Request> action) {
        submissions.inTx(id, action);
    }

    private String page(String who, String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(logins.as(who))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String who, String url) throws Exception {
        return mvc.perform(get(url).with(logins.as(who))).andReturn().getResponse().getStatus();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
