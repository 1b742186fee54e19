package ir.kanoonyar.backoffice.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import ir.kanoonyar.backoffice.StaffBrowser;
import ir.kanoonyar.backoffice.StaffSignIn;
import ir.kanoonyar.backoffice.escalation.TicketEscalations;
import ir.kanoonyar.db.filing.FilingOutcome;
import ir.kanoonyar.db.filing.RequestSubmission;
import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.ticket.ServiceRequestTickets;
import ir.kanoonyar.db.ticket.Ticket;
import ir.kanoonyar.db.ticket.TicketCategory;
import ir.kanoonyar.db.ticket.TicketDesk;
import ir.kanoonyar.db.ticket.TicketMessageRepository;
import ir.kanoonyar.testsupport.ProductionShapeContract;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tickets pages on MariaDB over HTTP: the access matrix (own county, own province, national, another
 * province, forged ids in the address and in a reply form), an empty answer refused, and an answer the
 * person never got shown as «ارسال نشد».
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TicketsPageOnMariaDbTest extends ProductionShapeContract {

    private static final String PASSWORD = "tickets-page-password";
    private static final List<String> ACCOUNTS = List.of("tp-arak", "tp-markazi", "tp-national", "tp-tehran");

    private final StaffSignIn staff = new StaffSignIn(() -> this.serverPort, PASSWORD, this::fourStaff);

    @LocalServerPort
    int serverPort;
    @Autowired
    PersonRepository persons;
    @Autowired
    PersonChatRepository chats;
    @Autowired
    CountyRepository counties;
    @Autowired
    StaffAccountRepository staffAccounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TicketDesk desk;
    @Autowired
    TicketMessageRepository messages;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;
    @Autowired
    TicketEscalations escalations;
    @Autowired
    RequestSubmission submission;
    @Autowired
    ServiceRequestTickets serviceTickets;
    @Autowired
    MosqueRepository mosques;
    @Autowired
    KanoonRepository kanoons;

    private County arak;
    private County tehran;
    private Ticket ticket;
    private String subject;

    @BeforeEach
    void aQuestionFromArak() {
        // Only this test's ticket: the bot's and the db's tests share this database.
        jdbc.update("DELETE FROM ticket_message");
        jdbc.update("DELETE FROM ticket");
        arak = counties.findByCode("0001").orElseThrow();
        tehran = counties.findByCode("2301").orElseThrow();
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        Person person = new Person(Instant.now());
        person.register(new Person.Profile(null, "مریم", "کاظمی" + tag, null, LocalDate.of(1995, 1, 1),
                Gender.FEMALE, Education.DIPLOMA, "اراک", arak.getProvince().getId(), arak.getId()), Instant.now());
        Long personId = persons.save(person).getId();
        chats.save(new PersonChat(personId, Channel.TELEGRAM, 710_000_000L + Long.parseLong(tag), Instant.now()));
        subject = "پرسش آزمون " + tag;
        ticket = desk.open(personId, TicketCategory.FUNDING, subject);
    }

    @AfterEach
    void removeWhatTheTestMade() {
        jdbc.update("DELETE FROM outbox_message WHERE kind LIKE 'TICKET%'");
        jdbc.update("DELETE FROM ticket_message");
        jdbc.update("DELETE FROM ticket");
        for (String username : ACCOUNTS) {
            jdbc.update("DELETE FROM staff_account WHERE username = ?", username);
        }
    }

    @Test
    void eachStaffMemberSeesOnlyTheTicketsOfTheirRegion() throws Exception {
        String queue = "/tickets?state=ALL";
        assertThat(staff.as("tp-arak").page(queue).body()).contains(subject);
        assertThat(staff.as("tp-markazi").page(queue).body()).contains(subject);
        assertThat(staff.as("tp-national").page(queue).body()).contains(subject);
        StaffBrowser tehranStaff = staff.as("tp-tehran");
        assertThat(tehranStaff.page(queue).body()).doesNotContain(subject);
        // Another province: the ticket's page, its county in the address, a forged id: all "not found".
        assertThat(tehranStaff.page(queue + "&county=" + arak.getId()).body()).doesNotContain(subject);
        assertThat(tehranStaff.page("/tickets/" + ticket.getId()).statusCode()).isEqualTo(404);
        assertThat(staff.as("tp-arak").page("/tickets/" + ticket.getId()).body()).contains(subject, "کمک مالی");
        for (String forged : List.of("abc", "99999999999999999999999", "999999999")) {
            assertThat(tehranStaff.page("/tickets/" + forged).statusCode()).as(forged).isEqualTo(404);
        }
    }

    @Test
    void aReplyToAnotherRegionsTicketOrAForgedIdIsRefusedAndNothingIsWritten() throws Exception {
        StaffBrowser tehranStaff = staff.as("tp-tehran");
        HttpResponse<Void> foreign = tehranStaff.post("/tickets", "/tickets/" + ticket.getId() + "/answer",
                Map.of("text", "پاسخ از استان دیگر"));
        assertThat(foreign.statusCode()).isEqualTo(404);
        HttpResponse<Void> forged = tehranStaff.post("/tickets", "/tickets/1%20OR%201=1/answer",
                Map.of("text", "پاسخ"));
        assertThat(forged.statusCode()).isIn(400, 404);
        assertThat(tehranStaff.post("/tickets", "/tickets/" + ticket.getId() + "/resolve", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())).hasSize(1);

        StaffBrowser county = staff.as("tp-arak");
        HttpResponse<Void> empty = county.post("/tickets", "/tickets/" + ticket.getId() + "/answer",
                Map.of("text", "   "));
        assertThat(empty.statusCode()).isEqualTo(302);
        assertThat(county.page("/tickets/" + ticket.getId()).body()).contains("متن خالی است");
        assertThat(messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())).hasSize(1);
    }

    @Test
    void anAnswerThePersonBlockedIsShownAsNotSentAndANoteIsNeverSent() throws Exception {
        StaffBrowser county = staff.as("tp-arak");
        county.post("/tickets", "/tickets/" + ticket.getId() + "/note", Map.of("text", "یادداشت همکاران"));
        county.post("/tickets", "/tickets/" + ticket.getId() + "/answer", Map.of("text", "بودجه در راه است"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE kind = 'TICKET_ANSWERED' "
                + "AND body LIKE '%بودجه در راه است%'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE body LIKE '%یادداشت همکاران%'",
                Integer.class)).isZero();
        jdbc.update("UPDATE outbox_message SET status = 'BLOCKED' WHERE kind = 'TICKET_ANSWERED'");
        String page = county.page("/tickets/" + ticket.getId()).body();
        assertThat(page).contains("بودجه در راه است", "ارسال نشد", "یادداشت همکاران", "یادداشت داخلی");
    }

    @Test
    void countyStaffHaveNoKnowledgeBasePagesAndProvinceStaffWriteThere() throws Exception {
        assertThat(staff.as("tp-arak").page("/knowledge").statusCode()).isEqualTo(404);
        StaffBrowser province = staff.as("tp-markazi");
        assertThat(province.page("/knowledge").statusCode()).isEqualTo(200);
        HttpResponse<Void> empty = province.post("/knowledge/new", "/knowledge", Map.of("title", "", "body", "متن"));
        assertThat(empty.statusCode()).isEqualTo(200);
        String title = "عنوان آزمون " + ticket.getId();
        province.post("/knowledge/new", "/knowledge", Map.of("title", title, "body", "پاسخ", "tags", "آزمون"));
        assertThat(province.page("/knowledge").body()).contains(title);
        assertThat(staff.as("tp-tehran").page("/knowledge").body()).doesNotContain(title);
        // «ذخیره در پرسش‌های پرتکرار» from a ticket: filled from it in the region, "not found" outside it.
        assertThat(province.page("/knowledge/new?ticket=" + ticket.getId() + "&message=0").body()).contains(subject);
        assertThat(staff.as("tp-tehran").page("/knowledge/new?ticket=" + ticket.getId() + "&message=0").statusCode())
                .isEqualTo(404);
        jdbc.update("DELETE FROM kb_answer WHERE title = ?", title);
    }

    @Test
    void theFiguresCountTheTicketsOfTheRegionAndTheExportIsARightToLeftWorkbook() throws Exception {
        StaffBrowser province = staff.as("tp-markazi");
        assertThat(province.page("/tickets/figures").body()).contains("کمک مالی", "اراک", "صدک ۹۰");
        HttpResponse<byte[]> file = province.file("/tickets/figures.xlsx");
        assertThat(file.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet byCategory = book.getSheetAt(0);
            assertThat(byCategory.isRightToLeft()).isTrue();
            assertThat(byCategory.getRow(0).getCell(1).getStringCellValue()).isEqualTo("تیکت‌ها");
            Row funding = null;
            for (Row row : byCategory) {
                if (row.getCell(0).getStringCellValue().equals("کمک مالی")) {
                    funding = row;
                }
            }
            assertThat(funding).isNotNull();
            assertThat(funding.getCell(1).getStringCellValue()).isEqualTo("۱");
            assertThat(book.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("اراک");
        }
        // Another province's figures know nothing of it.
        assertThat(staff.as("tp-tehran").page("/tickets/figures").body()).doesNotContain("اراک");
    }

    @Test
    void aTicketWithoutAFirstAnswerInTimeIsEscalatedOnce() {
        assertThat(escalations.run(clock.instant())).isZero();
        Instant late = clock.instant().plus(Duration.ofHours(49));
        assertThat(escalations.run(late)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT escalated_at FROM ticket WHERE id = ?", Timestamp.class,
                ticket.getId())).isNotNull();
        assertThat(escalations.run(late.plusSeconds(60))).isZero();
    }

    @Test
    void provinceStaffAddCannedRepliesThatCountyStaffPickButCannotEdit() throws Exception {
        String title = "آماده " + ticket.getId();
        StaffBrowser province = staff.as("tp-markazi");
        province.post("/tickets/canned", "/tickets/canned", Map.of("title", title, "body", "متن آماده‌ی آزمون"));
        assertThat(province.page("/tickets/canned").body()).contains(title, "استانی");
        StaffBrowser county = staff.as("tp-arak");
        county.post("/tickets/canned", "/tickets/canned", Map.of("title", "از شهرستان", "body", "متن"));
        assertThat(county.page("/tickets/canned").body()).contains(title, "فقط از پاسخ‌های آماده استفاده می‌کند")
                .doesNotContain("از شهرستان");
        Long id = jdbc.queryForObject("SELECT id FROM ticket_canned_reply WHERE title = ?", Long.class, title);
        assertThat(county.page("/tickets/" + ticket.getId() + "?canned=" + id).body()).contains("متن آماده");
        assertThat(staff.as("tp-tehran").page("/tickets/canned").body()).doesNotContain(title);
        jdbc.update("DELETE FROM ticket_canned_reply WHERE title = ?", title);
    }

    @Test
    void aServiceRequestsTicketAndTheRequestPageLinkEachOther() throws Exception {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        Person manager = new Person(Instant.now());
        manager.register(new Person.Profile(null, "زهرا", "رحیمی" + tag, null, LocalDate.of(1990, 1, 1),
                Gender.FEMALE, Education.DIPLOMA, "اراک", arak.getProvince().getId(), arak.getId()), Instant.now());
        Long managerId = persons.save(manager).getId();
        Long provinceId = arak.getProvince().getId();
        Mosque mosque = mosques.save(new Mosque("مسجد خدمت " + tag, provinceId, arak.getId(), "اراک", false,
                Instant.now()));
        Kanoon kanoon = kanoons.save(new Kanoon("کانون خدمت " + tag, mosque.getId(), provinceId, arak.getId(),
                KanoonAudience.SISTERS, managerId, LocalDate.of(2022, 1, 1), Instant.now()));
        Request request = ((FilingOutcome.Filed) submission.file(managerId, RequestType.SERVICE_REQUEST, Map.of(
                FieldKeys.KANOON, kanoon.getId().toString(), FieldKeys.SERVICE_KIND, "consulting",
                FieldKeys.DESCRIPTION, "مشاوره برای برنامه‌ی تابستان " + tag))).request();
        Ticket serviceTicket = serviceTickets.ofRequest(request.getId()).orElseThrow();

        StaffBrowser county = staff.as("tp-arak");
        String ticketPage = county.page("/tickets/" + serviceTicket.getId()).body();
        assertThat(ticketPage).contains("درخواست خدمت", "مشاوره برای برنامه‌ی تابستان",
                "href=\"/requests/" + request.getId() + "\"");
        String requestPage = county.page("/requests/" + request.getId()).body();
        assertThat(requestPage).contains("href=\"/tickets/" + serviceTicket.getId() + "\"");
        // A question asked from the menu names no request.
        assertThat(county.page("/tickets/" + ticket.getId()).body()).doesNotContain("href=\"/requests/");
    }

    private void fourStaff() {
        tx.executeWithoutResult(s -> {
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.county("tp-arak", passwords.encode(PASSWORD), "شهرستان اراک",
                    arak.getProvince().getId(), arak.getId(), "test", clock.instant()));
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.province("tp-markazi", passwords.encode(PASSWORD), "استان مرکزی",
                    arak.getProvince().getId(), "test", clock.instant()));
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.national("tp-national", passwords.encode(PASSWORD), "کشوری", "test",
                    clock.instant()));
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.province("tp-tehran", passwords.encode(PASSWORD), "استان تهران",
                    tehran.getProvince().getId(), "test", clock.instant()));
        });
    }


}
