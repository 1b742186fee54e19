package ir.kanoonyar.backoffice.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ir.kanoonyar.backoffice.digest.StaffDigests;
import ir.kanoonyar.backoffice.reminders.JobsOnMariaDb;
import ir.kanoonyar.backoffice.requests.TestStaff;
import ir.kanoonyar.backoffice.security.StaffPrincipal;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.request.ReviewLevel;
import ir.kanoonyar.db.staff.StaffAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Escalation of overdue requests (who is told, once per step, the inbox's mark and filter), the
 * morning digest, and a staff member's chat link page, on the real database.
 */
class EscalationAndDigestOnMariaDbTest extends JobsOnMariaDb {

    @Autowired
    Escalations escalations;
    @Autowired
    StaffDigests digests;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestRepository requests;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff.Logins logins;

    @Test
    void aCountysOverdueRequestIsToldToThatCountysStaffAndThatProvincesStaffOnlyOncePerStep() throws Exception {
        StaffAccount arak = linkedStaff("county", "0001");
        StaffAccount saveh = linkedStaff("county", "0006");
        StaffAccount markazi = linkedStaff("province", "00");
        StaffAccount tehran = linkedStaff("province", "23");
        StaffAccount national = linkedStaff("national", null);
        // A resignation passes the county and then the province (a service request ends at the county).
        long id = submitted("0001", RequestType.RESIGNATION);
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
        overdue(id);

        escalations.run(DAY);
        escalations.run(DAY.plusSeconds(300));

        assertThat(toldChats(id)).containsExactlyInAnyOrder(arak.getChatId(), markazi.getChatId())
                .doesNotContain(saveh.getChatId(), tehran.getChatId(), national.getChatId());
        assertThat(rows("escalation:" + id + ":")).allSatisfy(row -> {
            assertThat(row.getKind()).isEqualTo("ESCALATION");
            assertThat(row.getBody()).contains("اراک", "از مهلت");
        });
        assertThat(requests.findById(id).orElseThrow().getEscalatedAt()).isNotNull();

        // The county forwards it: a new step, no longer escalated; overdue there, the province and the
        // national admins are told, and the county is not told again.
        tx.executeWithoutResult(s -> workflow.approve(requests.findById(id).orElseThrow(), ReviewLevel.COUNTY,
                new Actor("county-expert", ActorRole.COUNTY_STAFF), null));
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.PROVINCE_REVIEW);
        assertThat(requests.findById(id).orElseThrow().getEscalatedAt()).isNull();
        overdue(id);
        escalations.run(DAY.plusSeconds(600));
        assertThat(rows("escalation:" + id + ":PROVINCE_REVIEW:")).extracting(OutboxMessage::getChatId)
                .containsExactlyInAnyOrder(markazi.getChatId(), national.getChatId());
        assertThat(rows("escalation:" + id + ":COUNTY_REVIEW:")).hasSize(2);
    }

    @Test
    void theInboxMarksEscalatedRequestsAndFiltersThem() throws Exception {
        long escalated = submitted("0001");
        long onTime = submitted("0001");
        overdue(escalated);
        escalations.run(Instant.now());

        String all = page(logins.as(TestStaff.ARAK_COUNTY), "/inbox");
        assertThat(all).contains("data-id=\"" + escalated + "\" data-escalated=\"true\"",
                "data-id=\"" + onTime + "\" data-escalated=\"false\"", "ارجاع به سطح بالاتر");
        String filtered = page(logins.as(TestStaff.ARAK_COUNTY), "/inbox?escalated=true");
        assertThat(filtered).contains("data-id=\"" + escalated + "\"").doesNotContain("data-id=\"" + onTime + "\"");
        // Another county's staff see neither, escalated or not.
        assertThat(page(logins.as(TestStaff.SAVEH_COUNTY), "/inbox?escalated=true"))
                .doesNotContain("data-id=\"" + escalated + "\"");
    }

    @Test
    void theMorningDigestIsKeptOncePerDaySentToLinkedStaffAndShownOnTheInbox() throws Exception {
        StaffAccount linked = linkedStaff("county", "0002");
        StaffAccount unlinked = staff.save(StaffAccount.county("ashtian-" + System.nanoTime(), "x", "کارشناس آشتیان",
                county("0002").getProvince().getId(), county("0002").getId(), "test", Instant.now()));
        long late = submitted("0002");
        submitted("0002");
        overdue(late);

        digests.run(DAY);
        digests.run(DAY.plusSeconds(3600));

        assertThat(jdbc.queryForList("SELECT pending, overdue FROM staff_digest WHERE staff_account_id = ?",
                linked.getId())).singleElement().satisfies(row -> {
                    assertThat(((Number) row.get("pending")).intValue()).isGreaterThanOrEqualTo(2);
                    assertThat(((Number) row.get("overdue")).intValue()).isGreaterThanOrEqualTo(1);
                });
        assertThat(rows("digest:" + linked.getId() + ":")).singleElement()
                .satisfies(row -> assertThat(row.getBody()).contains("گزارش صبح"));
        assertThat(rows("digest:" + unlinked.getId() + ":")).isEmpty();

        // Who has no bot chat reads it on the inbox, with a pointer to link one.
        String inbox = page(as(unlinked), "/inbox");
        assertThat(inbox).contains("گزارش صبح", "/my-chat");
    }

    @Test
    void aStaffMemberMakesAOneTimeChatLinkForTheirOwnAccount() throws Exception {
        StaffAccount account = staff.save(StaffAccount.county("arak-" + System.nanoTime(), "x", "کارشناس اراک",
                county("0001").getProvince().getId(), county("0001").getId(), "test", Instant.now()));
        assertThat(page(as(account), "/my-chat")).contains("هنوز به بات پیوند ندارد").doesNotContain("s_");

        mvc.perform(post("/my-chat/link").with(as(account)).with(csrf()));

        String token = staff.findById(account.getId()).orElseThrow().getChatLinkToken();
        assertThat(token).hasSize(43);
        assertThat(page(as(account), "/my-chat")).contains("/start s_" + token);
        assertThat(mvc.perform(post("/my-chat/link").with(as(account))).andReturn().getResponse().getStatus())
                .as("no CSRF token").isEqualTo(403);
    }

    private long submitted(String countyCode) {
        return submitted(countyCode, RequestType.SERVICE_REQUEST);
    }

    private long submitted(String countyCode, RequestType type) {
        long applicant = person(countyCode, mobile());
        long id = drafts.start(type, applicant, county(countyCode).getProvince().getId(),
                county(countyCode).getId()).getId();
        tx.executeWithoutResult(s -> {
            var request = requests.findById(id).orElseThrow();
            request.answer("description", "نیاز به تجهیزات صوتی");
            workflow.submit(request, Actor.person(applicant, ActorRole.APPLICANT));
        });
        return id;
    }

    private void overdue(long id) {
        jdbc.update("UPDATE request SET due_at = ? WHERE id = ?",
                Timestamp.from(Instant.parse("2026-01-01T00:00:00Z").minus(Duration.ofDays(1))), id);
    }

    private List<Long> toldChats(long id) {
        return rows("escalation:" + id + ":").stream().map(OutboxMessage::getChatId).toList();
    }

    private static RequestPostProcessor as(StaffAccount account) {
        return user(new StaffPrincipal(StaffScope.of(account), "", true, false));
    }

    private String page(RequestPostProcessor who, String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
