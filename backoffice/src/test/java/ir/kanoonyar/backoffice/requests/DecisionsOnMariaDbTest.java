package ir.kanoonyar.backoffice.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.request.ReviewLevel;
import ir.kanoonyar.db.request.TimelineEventRepository;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Decisions posted straight to the server, without the confirmation page, on MariaDB: they are checked
 * exactly as through the page (a return names a field and gives a reason of the least length), the
 * confirmation writes nothing, and a staff member outside the request's region can neither open the
 * confirmation nor decide.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class, SubmittedRequests.class})
class DecisionsOnMariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    SubmittedRequests submissions;
    @Autowired
    TestStaff.Logins logins;
    @Autowired
    RequestRepository requests;
    @Autowired
    TimelineEventRepository timeline;
    @Autowired
    MessageSource messages;
    @Autowired
    RequestWorkflow workflow;

    @Test
    void aForgedReturnWithoutAFieldOrWithAShortReasonIsRefusedInPersian() throws Exception {
        long id = submissions.submit("0001", "جعلی", "بی‌فیلد", RequestType.SERVICE_REQUEST, "نیاز به تجهیزات صوتی");
        MvcResult noField = decide(TestStaff.ARAK_COUNTY, id, "return", "شرح درخواست کامل نیست", null);
        assertThat(noField.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(noField)).contains(text("decision.return.noFields"));

        // A field that is not one of the form's counts for nothing.
        MvcResult unknownField = decide(TestStaff.ARAK_COUNTY, id, "return", "شرح درخواست کامل نیست", "not_a_field");
        assertThat(html(unknownField)).contains(text("decision.return.noFields"));

        MvcResult shortReason = decide(TestStaff.ARAK_COUNTY, id, "return", "ناقص", "description");
        assertThat(html(shortReason)).contains(text("decision.return.reasonTooShort", "۱۰", "۴"));

        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
        assertThat(timeline.findByRequestIdOrderBySeqAsc(id)).hasSize(1);
    }

    @Test
    void theConfirmationSaysWhatWillHappenAndWritesNothing() throws Exception {
        long resignation = submissions.submit("0001", "پیش", "نمایش", RequestType.RESIGNATION, "دلیل شخصی");
        MvcResult forward = confirm(TestStaff.ARAK_COUNTY, resignation, "APPROVE", "");
        assertThat(forward.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(forward)).contains(text("decision.outcome.forward"))
                .contains("/requests/" + resignation + "/approve");

        long service = submissions.submit("0001", "پایان", "کار", RequestType.SERVICE_REQUEST, "نیاز به تجهیزات صوتی");
        MvcResult finalApproval = confirm(TestStaff.ARAK_COUNTY, service, "APPROVE", "");
        assertThat(html(finalApproval)).contains(text("decision.outcome.approve"))
                .doesNotContain(text("decision.outcome.forward"));

        assertThat(requests.findById(resignation).orElseThrow().getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
        assertThat(requests.findById(service).orElseThrow().getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
        assertThat(timeline.findByRequestIdOrderBySeqAsc(service)).hasSize(1);
    }

    @Test
    void staffOutsideTheRegionCanNeitherConfirmNorDecide() throws Exception {
        long arak = submissions.submit("0001", "درون", "منطقه", RequestType.SERVICE_REQUEST, "نیاز به تجهیزات صوتی");
        assertThat(confirm(TestStaff.SAVEH_COUNTY, arak, "APPROVE", "").getResponse().getStatus()).isEqualTo(404);
        assertThat(decide(TestStaff.SAVEH_COUNTY, arak, "approve", "", null).getResponse().getStatus()).isEqualTo(404);
        assertThat(decide(TestStaff.SAVEH_COUNTY, arak, "return", "شرح درخواست کامل نیست", "description")
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(confirm(TestStaff.TEHRAN_PROVINCE, arak, "REJECT", "خارج از ضوابط").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(requests.findById(arak).orElseThrow().getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
        assertThat(timeline.findByRequestIdOrderBySeqAsc(arak)).hasSize(1);
    }

    @Test
    void aRequestThatDoesNotWaitAtTheStaffMembersStepHasNothingToConfirm() throws Exception {
        long id = submissions.submit("0001", "گذشته", "از شهرستان", RequestType.RESIGNATION, "دلیل شخصی");
        submissions.inTx(id, r -> workflow.approve(r, ReviewLevel.COUNTY, new Actor("colleague", ActorRole.COUNTY_STAFF),
                null));
        MvcResult result = confirm(TestStaff.ARAK_COUNTY, id, "APPROVE", "");
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getFlashMap().get(RequestsController.PROBLEM)).isEqualTo(text("decision.notYourStep"));
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.PROVINCE_REVIEW);
    }

    @Test
    void anUnknownDecisionIsABadRequestNotAServerError() throws Exception {
        long id = submissions.submit("0001", "نامعلوم", "تصمیم", RequestType.SERVICE_REQUEST, "نیاز به تجهیزات صوتی");
        assertThat(confirm(TestStaff.ARAK_COUNTY, id, "DELETE", "").getResponse().getStatus()).isEqualTo(400);
    }

    private MvcResult confirm(String who, long id, String decision, String comment) throws Exception {
        long version = requests.findById(id).orElseThrow().getVersion();
        return mvc.perform(post("/requests/" + id + "/confirm").with(logins.as(who)).with(csrf())
                .param("version", String.valueOf(version)).param("decision", decision).param("comment", comment))
                .andReturn();
    }

    private MvcResult decide(String who, long id, String decision, String comment, String field) throws Exception {
        long version = requests.findById(id).orElseThrow().getVersion();
        var builder = post("/requests/" + id + "/" + decision).with(logins.as(who)).with(csrf())
                .param("version", String.valueOf(version)).param("comment", comment);
        if (field != null) {
            builder.param("fields", field);
        }
        return mvc.perform(builder).andReturn();
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
