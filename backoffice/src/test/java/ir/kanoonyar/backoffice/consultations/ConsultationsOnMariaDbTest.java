package ir.kanoonyar.backoffice.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import ir.kanoonyar.backoffice.StaffBrowser;
import ir.kanoonyar.backoffice.StaffSignIn;
import ir.kanoonyar.backoffice.requests.SubmittedRequests;
import ir.kanoonyar.db.board.BoardTopicRepository;
import ir.kanoonyar.db.consultation.Consultation;
import ir.kanoonyar.db.consultation.ConsultationMessageRepository;
import ir.kanoonyar.db.consultation.ConsultationRepository;
import ir.kanoonyar.db.consultation.ExpertProfiles;
import ir.kanoonyar.db.consultation.SubjectKind;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.ticket.TicketCategory;
import ir.kanoonyar.db.ticket.TicketDesk;
import ir.kanoonyar.testsupport.ProductionShapeContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The network of experts on MariaDB over HTTP, signed in as real accounts: a county expert of Arak
 * asks a provincial expert of Isfahan about an Arak request. The expert sees the question and the
 * excerpt, never the request (404); staff outside the consultation and forged ids get 404; an empty
 * answer is refused in Persian; the expert's linked chat gets a notice through the outbox; the board
 * is pinned by the national admin only. The same on a ticket of the service desk: asked from the ticket's
 * page, the ticket stays 404 for the expert, and the answer shows on the ticket's page. Shares the production-shape context of the other MariaDB
 * back-office tests; its accounts (and what hangs on them) are removed after each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsultationsOnMariaDbTest extends ProductionShapeContract {

    private static final String PASSWORD = "experts-network-password";
    private static final List<String> ACCOUNTS = List.of("ex-arak", "ex-isfahan", "ex-markazi", "ex-tehran",
            "ex-national");
    private static final long ISFAHAN_CHAT = 880_000_001L;

    private final StaffSignIn staff = new StaffSignIn(() -> this.serverPort, PASSWORD, () -> { });

    @LocalServerPort
    int serverPort;
    @Autowired
    StaffAccountRepository staffAccounts;
    @Autowired
    ProvinceRepository provinces;
    @Autowired
    CountyRepository counties;
    @Autowired
    PersonRepository persons;
    @Autowired
    PersonChatRepository chats;
    @Autowired
    RequestDrafts drafts;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestRepository requests;
    @Autowired
    ExpertProfiles profiles;
    @Autowired
    ConsultationRepository consultations;
    @Autowired
    ConsultationMessageRepository messages;
    @Autowired
    BoardTopicRepository topics;
    @Autowired
    OutboxMessageRepository outbox;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;
    @Autowired
    TicketDesk desk;

    private final List<Long> ticketIds = new ArrayList<>();
    private final String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));

    @AfterEach
    void removeWhatTheAccountsWrote() {
        String in = "(SELECT id FROM staff_account WHERE username LIKE 'ex-%')";
        jdbc.update("DELETE FROM consultation_message WHERE consultation_id IN (SELECT id FROM consultation"
                + " WHERE asker_account_id IN " + in + ")");
        jdbc.update("DELETE FROM consultation_expert WHERE consultation_id IN (SELECT id FROM consultation"
                + " WHERE asker_account_id IN " + in + ")");
        jdbc.update("DELETE FROM consultation WHERE asker_account_id IN " + in);
        jdbc.update("DELETE FROM board_reply WHERE topic_id IN (SELECT id FROM board_topic WHERE author_account_id IN "
                + in + ")");
        jdbc.update("DELETE FROM board_topic WHERE author_account_id IN " + in);
        jdbc.update("DELETE FROM expert_profile WHERE staff_account_id IN " + in);
        for (long ticketId : ticketIds) {
            jdbc.update("DELETE FROM ticket_message WHERE ticket_id = ?", ticketId);
            jdbc.update("DELETE FROM ticket WHERE id = ?", ticketId);
        }
        for (String username : ACCOUNTS) {
            jdbc.update("DELETE FROM staff_account WHERE username = ?", username);
        }
    }

    @Test
    void theExpertSeesOnlyTheQuestionAndTheExcerptNeverTheRequest() throws Exception {
        staff();
        long requestId = arakRequest();
        String trackingCode = requests.findById(requestId).orElseThrow().getTrackingCode();
        StaffBrowser arak = staff.as("ex-arak");
        long consultationId = ask(arak, requestId, "ex-isfahan", "برای تغییر مدیر بدون رضایت امام چه کردید؟",
                "مدیر کانون یک سال است فعالیت ندارد و امام جماعت پاسخ نمی‌دهد.");

        StaffBrowser isfahan = staff.as("ex-isfahan");
        assertThat(isfahan.page("/requests/" + requestId).statusCode()).isEqualTo(404);
        assertThat(isfahan.page("/requests/" + requestId + "/consult").statusCode()).isEqualTo(404);
        HttpResponse<String> thread = isfahan.page("/consultations/" + consultationId);
        assertThat(thread.statusCode()).isEqualTo(200);
        assertThat(thread.body()).contains("برای تغییر مدیر بدون رضایت امام چه کردید؟",
                        "مدیر کانون یک سال است فعالیت ندارد", "کارشناس اراک " + tag)
                .doesNotContain("محرمانه" + tag, "سجادی" + tag, "/requests/" + requestId,
                        PersianText.toPersianDigits(TrackingCode.display(trackingCode)));
        assertThat(isfahan.page("/consultations").body()).contains("برای تغییر مدیر بدون رضایت امام");

        // Neither another province's staff nor the asker's own province colleague who was not asked.
        for (String stranger : List.of("ex-tehran", "ex-markazi")) {
            StaffBrowser other = staff.as(stranger);
            assertThat(other.page("/consultations/" + consultationId).statusCode()).as(stranger).isEqualTo(404);
            assertThat(other.postForPage("/consultations", "/consultations/" + consultationId + "/answer",
                    Map.of("body", "پاسخ ناخوانده")).statusCode()).as(stranger).isEqualTo(404);
            assertThat(other.page("/consultations").body()).doesNotContain("برای تغییر مدیر بدون رضایت امام");
        }
        for (String forged : List.of("abc", "99999999999", "99999999999999999999999", "-1")) {
            assertThat(isfahan.page("/consultations/" + forged).statusCode()).as(forged).isEqualTo(404);
            assertThat(isfahan.postForPage("/consultations", "/consultations/" + forged + "/answer",
                    Map.of("body", "پاسخ")).statusCode()).as(forged).isEqualTo(404);
        }
        assertThat(messages.findByConsultationIdOrderByIdAsc(consultationId)).isEmpty();
    }

    @Test
    void anEmptyAnswerIsRefusedInPersianAndAnAnswerReachesTheRequestPage() throws Exception {
        staff();
        long requestId = arakRequest();
        StaffBrowser arak = staff.as("ex-arak");
        long consultationId = ask(arak, requestId, "ex-isfahan", "پرسش درباره‌ی استعلام " + tag, "بخش مشترک " + tag);
        StaffBrowser isfahan = staff.as("ex-isfahan");

        HttpResponse<String> empty = isfahan.postForPage("/consultations", "/consultations/" + consultationId + "/answer",
                Map.of("body", "   "));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("پاسخ خالی است");
        HttpResponse<String> tooLong = isfahan.postForPage("/consultations",
                "/consultations/" + consultationId + "/answer", Map.of("body", "ب".repeat(4001)));
        assertThat(tooLong.body()).contains("بیش از ۴۰۰۰ نویسه");
        assertThat(messages.findByConsultationIdOrderByIdAsc(consultationId)).isEmpty();

        HttpResponse<Void> answered = isfahan.post("/consultations", "/consultations/" + consultationId + "/answer",
                Map.of("body", "ما با ستاد استان نامه زدیم " + tag));
        assertThat(answered.statusCode()).isEqualTo(302);
        String page = arak.page("/requests/" + requestId).body();
        assertThat(page).contains("پرسش درباره‌ی استعلام " + tag, "ما با ستاد استان نامه زدیم " + tag,
                "کارشناس اصفهان " + tag);
        assertThat(arak.page("/consultations").body()).contains("پرسش درباره‌ی استعلام " + tag);
    }

    @Test
    void theExpertsLinkedChatIsToldThroughTheOutboxWithTheQuestionButNotTheExcerpt() throws Exception {
        staff();
        long requestId = arakRequest();
        long consultationId = ask(staff.as("ex-arak"), requestId, "ex-isfahan", "پرسش برای بات " + tag,
                "متن خصوصی پرونده " + tag);

        List<OutboxMessage> toExpert = outbox.findByChannelAndChatIdOrderByIdAsc(Channel.BALE, ISFAHAN_CHAT).stream()
                .filter(m -> m.getBody().contains(tag)).toList();
        assertThat(toExpert).hasSize(1);
        assertThat(toExpert.get(0).getKind()).isEqualTo("CONSULTATION_ASKED");
        assertThat(toExpert.get(0).getBody()).contains("پرسش برای بات " + tag, "کارشناس اراک " + tag, "مشورت‌ها")
                .doesNotContain("متن خصوصی پرونده");
        assertThat(consultations.findById(consultationId)).isPresent();
    }

    @Test
    void onlyExpertsOfOtherProvincesWhoTakeConsultationsMayBeAskedAndOnlyAboutARequestInScope() throws Exception {
        staff();
        long requestId = arakRequest();
        StaffBrowser arak = staff.as("ex-arak");
        String form = arak.page("/requests/" + requestId + "/consult").body();
        assertThat(form).contains("کارشناس اصفهان " + tag, "اصفهان").doesNotContain("کارشناس مرکزی " + tag)
                .doesNotContain("کارشناس تهران " + tag);

        for (String notAvailable : List.of("ex-markazi", "ex-tehran")) {
            long id = staffAccounts.findByUsername(notAvailable).orElseThrow().getId();
            HttpResponse<String> refused = arak.postForPage("/inbox", "/requests/" + requestId + "/consult",
                    Map.of("experts", String.valueOf(id), "question", "پرسش", "excerpt", "بخش"));
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("پذیرای مشورت نیست یا از همین استان است");
        }
        long isfahan = staffAccounts.findByUsername("ex-isfahan").orElseThrow().getId();
        assertThat(arak.postForPage("/inbox", "/requests/" + requestId + "/consult",
                Map.of("experts", String.valueOf(isfahan), "question", " ", "excerpt", "بخش")).body())
                .contains("پرسش خود را بنویسید");
        assertThat(arak.postForPage("/inbox", "/requests/" + requestId + "/consult",
                Map.of("question", "پرسش", "excerpt", "بخش")).body()).contains("دست‌کم یک کارشناس");
        // Tehran's staff cannot consult about an Arak request at all.
        assertThat(staff.as("ex-tehran").postForPage("/inbox", "/requests/" + requestId + "/consult",
                Map.of("experts", String.valueOf(isfahan), "question", "پرسش", "excerpt", "بخش")).statusCode())
                .isEqualTo(404);
        assertThat(consultations.findBySubjectKindAndSubjectIdOrderByCreatedAtDesc(
                SubjectKind.REQUEST, requestId)).isEmpty();
    }

    @Test
    void onATicketTheExpertSeesOnlyTheConsultationAndTheAnswerReachesTheTicketPage() throws Exception {
        staff();
        long ticketId = arakTicket();
        String ticketPath = "/tickets/" + ticketId;
        StaffBrowser arak = staff.as("ex-arak");
        assertThat(arak.page(ticketPath).body()).contains(ticketPath + "/consult", "مشورت با کارشناس استان دیگر",
                "درباره‌ی این تیکت هنوز مشورتی خواسته نشده است");
        String form = arak.page(ticketPath + "/consult").body();
        assertThat(form).contains("درباره‌ی تیکت " + PersianText.toPersianDigits(String.valueOf(ticketId)),
                "کارشناس اصفهان " + tag).doesNotContain("کارشناس مرکزی " + tag, "کارشناس تهران " + tag);
        assertThat(arak.postForPage(ticketPath, ticketPath + "/consult", Map.of("experts",
                String.valueOf(id("ex-isfahan")), "question", " ", "excerpt", "بخش")).body())
                .contains("پرسش خود را بنویسید", ticketPath + "/consult");

        long consultationId = askAbout(arak, ticketPath, "ex-isfahan", "برای وام تجهیزات به کجا نامه زدید؟ " + tag,
                "کانون برای خرید سامانه‌ی صوتی کمک مالی خواسته است.");
        Consultation asked = consultations.findById(consultationId).orElseThrow();
        assertThat(asked.getSubjectKind()).isEqualTo(SubjectKind.TICKET);
        assertThat(asked.getSubjectId()).isEqualTo(ticketId);

        StaffBrowser isfahan = staff.as("ex-isfahan");
        assertThat(isfahan.page(ticketPath).statusCode()).isEqualTo(404);
        assertThat(isfahan.page(ticketPath + "/consult").statusCode()).isEqualTo(404);
        HttpResponse<String> thread = isfahan.page("/consultations/" + consultationId);
        assertThat(thread.statusCode()).isEqualTo(200);
        assertThat(thread.body()).contains("برای وام تجهیزات به کجا نامه زدید؟", "سامانه‌ی صوتی", "کارشناس اراک " + tag)
                .doesNotContain("وام بلندگو " + tag, "کاظمی" + tag, ticketPath, "بازگشت به صفحه‌ی تیکت");

        // Staff of another province may neither consult about the ticket nor read the consultation.
        StaffBrowser tehran = staff.as("ex-tehran");
        assertThat(tehran.page(ticketPath + "/consult").statusCode()).isEqualTo(404);
        assertThat(tehran.postForPage("/consultations", ticketPath + "/consult", Map.of("experts",
                String.valueOf(id("ex-isfahan")), "question", "پرسش", "excerpt", "بخش")).statusCode()).isEqualTo(404);
        assertThat(tehran.page("/consultations/" + consultationId).statusCode()).isEqualTo(404);
        for (String forged : List.of("abc", "99999999999", "99999999999999999999999", "-1")) {
            assertThat(arak.page("/tickets/" + forged + "/consult").statusCode()).as(forged).isEqualTo(404);
            assertThat(arak.postForPage(ticketPath, "/tickets/" + forged + "/consult", Map.of("experts",
                    String.valueOf(id("ex-isfahan")), "question", "پرسش", "excerpt", "بخش")).statusCode())
                    .as(forged).isEqualTo(404);
        }

        HttpResponse<Void> answered = isfahan.post("/consultations", "/consultations/" + consultationId + "/answer",
                Map.of("body", "ما از ستاد استان کمک گرفتیم " + tag));
        assertThat(answered.statusCode()).isEqualTo(302);
        assertThat(arak.page(ticketPath).body()).contains("برای وام تجهیزات به کجا نامه زدید؟ " + tag,
                "ما از ستاد استان کمک گرفتیم " + tag, "کارشناس اصفهان " + tag);
        assertThat(arak.page("/consultations/" + consultationId).body()).contains(ticketPath, "بازگشت به صفحه‌ی تیکت");
        // The province's staff, who were not asked, read it on the ticket's page but not in the thread.
        StaffBrowser markazi = staff.as("ex-markazi");
        assertThat(markazi.page(ticketPath).body()).contains("ما از ستاد استان کمک گرفتیم " + tag);
        assertThat(markazi.page("/consultations/" + consultationId).statusCode()).isEqualTo(404);
        assertThat(consultations.findBySubjectKindAndSubjectIdOrderByCreatedAtDesc(SubjectKind.REQUEST, ticketId))
                .isEmpty();
    }

    @Test
    void theDirectoryFindsASpecialtyInAnySpellingByNameAndProvince() throws Exception {
        staff();
        // Typed with Arabic ي/ك and a space where the tag has a half-space; Tehran's expert does not take consultations.
        String page = staff.as("ex-national").page("/experts?taking=1&specialty=" + URLEncoder.encode(
                "كانون هاي روستايي", StandardCharsets.UTF_8)).body();
        assertThat(page).contains("کارشناس اصفهان " + tag, "کارشناس مرکزی " + tag, "کانون‌های روستایی",
                "<td>اصفهان</td>").doesNotContain("کارشناس تهران " + tag);
        String isfahanOnly = staff.as("ex-national").page("/experts?province="
                + provinces.findByCode("10").orElseThrow().getId()).body();
        assertThat(isfahanOnly).contains("کارشناس اصفهان " + tag, "تغییر مدیر").doesNotContain("کارشناس مرکزی " + tag);
    }

    @Test
    void onlyTheNationalAdminPinsATopicAndLimitsAreSaidInPersian() throws Exception {
        staff();
        StaffBrowser arak = staff.as("ex-arak");
        assertThat(arak.postForPage("/board", "/board", Map.of("title", "ب".repeat(201), "body", "متن")).body())
                .contains("عنوان بیش از ۲۰۰ نویسه");
        HttpResponse<Void> opened = arak.post("/board", "/board", Map.of("title", "تجربه‌ی اراک " + tag,
                "body", "روش ما برای جذب نوجوانان"));
        assertThat(opened.statusCode()).isEqualTo(302);
        String topicPath = opened.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        long topicId = Long.parseLong(topicPath.substring("/board/".length()));

        HttpResponse<Void> countyPin = arak.post(topicPath, topicPath + "/pin", Map.of("pinned", "true"));
        assertThat(arak.page(countyPin.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body()).contains("فقط با مدیر ستاد کشور");
        assertThat(staff.as("ex-markazi").post(topicPath, topicPath + "/pin", Map.of("pinned", "true"))
                .statusCode()).isEqualTo(302);
        assertThat(topics.findById(topicId).orElseThrow().isPinned()).isFalse();

        StaffBrowser national = staff.as("ex-national");
        national.post(topicPath, topicPath + "/pin", Map.of("pinned", "true"));
        assertThat(topics.findById(topicId).orElseThrow().isPinned()).isTrue();
        assertThat(national.page("/board").body()).contains("تجربه‌ی اراک " + tag, "سنجاق‌شده");
        assertThat(national.postForPage("/board", "/board/abc/pin", Map.of("pinned", "true")).statusCode())
                .isEqualTo(404);

        assertThat(arak.postForPage(topicPath, topicPath + "/replies", Map.of("body", "")).body())
                .contains("متن خالی است");
        arak.post(topicPath, topicPath + "/replies", Map.of("body", "پاسخ نخست " + tag));
        assertThat(arak.page(topicPath).body()).contains("پاسخ نخست " + tag, "کارشناس اراک " + tag);
    }

    /** Posts the ask form for one expert and returns the new consultation's id. */
    private long ask(StaffBrowser asker, long requestId, String expert, String question, String excerpt)
            throws Exception {
        return askAbout(asker, "/requests/" + requestId, expert, question, excerpt);
    }

    /** Posts the ask form of the case at casePath (a request's or a ticket's page) for one expert. */
    private long askAbout(StaffBrowser asker, String casePath, String expert, String question, String excerpt)
            throws Exception {
        long expertId = staffAccounts.findByUsername(expert).orElseThrow().getId();
        HttpResponse<Void> asked = asker.post(casePath, casePath + "/consult",
                Map.of("experts", String.valueOf(expertId), "question", question, "excerpt", excerpt));
        assertThat(asked.statusCode()).isEqualTo(302);
        String location = asked.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long arakRequest() {
        SubmittedRequests submissions = new SubmittedRequests(counties, persons, chats, drafts, workflow, requests, tx);
        return submissions.submit("0001", "فاطمه", "سجادی" + tag, RequestType.SERVICE_REQUEST,
                "جزئیات محرمانه" + tag);
    }

    /** A question from a registered person of Arak: a ticket of Arak's county desk. */
    private long arakTicket() {
        County arak = counties.findByCode("0001").orElseThrow();
        Person person = new Person(Instant.now());
        person.register(new Person.Profile(null, "مریم", "کاظمی" + tag, null, LocalDate.of(1995, 1, 1),
                Gender.FEMALE, Education.DIPLOMA, "اراک", arak.getProvince().getId(), arak.getId()), Instant.now());
        long personId = persons.save(person).getId();
        chats.save(new PersonChat(personId, Channel.TELEGRAM, 720_000_000L + Long.parseLong(tag), Instant.now()));
        long ticketId = desk.open(personId, TicketCategory.FUNDING, "وام بلندگو " + tag).getId();
        ticketIds.add(ticketId);
        return ticketId;
    }

    /** Made when a test starts, not before each test: the contract's own tests must find no account. */
    private void staff() {
        County arak = counties.findByCode("0001").orElseThrow();
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            staffAccounts.save(StaffAccount.county("ex-arak", passwords.encode(PASSWORD), "کارشناس اراک " + tag,
                    arak.getProvince().getId(), arak.getId(), "test", now));
            StaffAccount isfahan = StaffAccount.province("ex-isfahan", passwords.encode(PASSWORD),
                    "کارشناس اصفهان " + tag, provinces.findByCode("10").orElseThrow().getId(), "test", now);
            isfahan.linkChat(Channel.BALE, ISFAHAN_CHAT);
            staffAccounts.save(isfahan);
            staffAccounts.save(StaffAccount.province("ex-markazi", passwords.encode(PASSWORD), "کارشناس مرکزی " + tag,
                    arak.getProvince().getId(), "test", now));
            staffAccounts.save(StaffAccount.province("ex-tehran", passwords.encode(PASSWORD), "کارشناس تهران " + tag,
                    provinces.findByCode("23").orElseThrow().getId(), "test", now));
            staffAccounts.save(StaffAccount.national("ex-national", passwords.encode(PASSWORD), "ستاد کشور " + tag,
                    "test", now));
        });
        profiles.update(id("ex-isfahan"), "تغییر مدیر، كانون‌هاي روستايي", true);
        profiles.update(id("ex-markazi"), "کانون‌های روستایی", true);
        profiles.update(id("ex-tehran"), "کانون‌های روستایی", false);
    }

    private long id(String username) {
        return staffAccounts.findByUsername(username).orElseThrow().getId();
    }

}
