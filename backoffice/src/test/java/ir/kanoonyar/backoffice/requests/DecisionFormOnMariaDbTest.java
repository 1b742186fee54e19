package ir.kanoonyar.backoffice.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;

import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
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
 * A decision posted without the version the request page carries (a hand-made or truncated post) is
 * answered in Persian on the request page, not with a bare 400, and decides nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class, SubmittedRequests.class})
class DecisionFormOnMariaDbTest {

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

    @Test
    void aDecisionWithoutAReadableVersionIsAPersianProblemAndDecidesNothing() throws Exception {
        long id = submissions.submit("0001", "بی", "نسخه", RequestType.SERVICE_REQUEST, "نیاز به تجهیزات صوتی");

        MvcResult missing = mvc.perform(post("/requests/" + id + "/approve").with(logins.as(TestStaff.ARAK_COUNTY))
                .with(csrf()).param("comment", "")).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(302);
        assertThat(missing.getResponse().getRedirectedUrl()).isEqualTo("/requests/" + id);
        assertThat(missing.getFlashMap().get(RequestsController.PROBLEM)).isEqualTo(text("decision.versionRequired"));

        MvcResult letters = mvc.perform(post("/requests/" + id + "/confirm").with(logins.as(TestStaff.ARAK_COUNTY))
                .with(csrf()).param("version", "abc").param("decision", "APPROVE").param("comment", "")).andReturn();
        assertThat(letters.getResponse().getStatus()).isEqualTo(302);
        assertThat(letters.getFlashMap().get(RequestsController.PROBLEM))
                .isEqualTo(text("typeMismatch.decisionForm.version"));

        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
        assertThat(timeline.findByRequestIdOrderBySeqAsc(id)).hasSize(1);
    }

    @Test
    void aDecisionWithoutAVersionOutsideTheRegionIsStillNotFound() throws Exception {
        long id = submissions.submit("0001", "بیرون", "منطقه", RequestType.SERVICE_REQUEST, "نیاز به تجهیزات صوتی");
        MvcResult result = mvc.perform(post("/requests/" + id + "/reject").with(logins.as(TestStaff.SAVEH_COUNTY))
                .with(csrf()).param("comment", "خارج از ضوابط")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
