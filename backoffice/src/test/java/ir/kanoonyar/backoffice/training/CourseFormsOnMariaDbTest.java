package ir.kanoonyar.backoffice.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static ir.kanoonyar.backoffice.forms.RenderedForm.errorAfter;
import static ir.kanoonyar.backoffice.forms.RenderedForm.valueOf;
import static ir.kanoonyar.backoffice.forms.RenderedForm.form;

import java.nio.charset.StandardCharsets;
import java.util.List;

import ir.kanoonyar.backoffice.requests.TestStaff;
import ir.kanoonyar.db.training.CourseAuthoring;
import ir.kanoonyar.db.training.CourseRepository;
import ir.kanoonyar.db.training.CourseVersion;
import ir.kanoonyar.db.training.CourseVersionRepository;
import ir.kanoonyar.db.training.LessonRepository;
import ir.kanoonyar.db.training.QuestionContent;
import ir.kanoonyar.db.training.QuizOption;
import ir.kanoonyar.db.training.QuizOptionRepository;
import ir.kanoonyar.db.training.QuizQuestion;
import ir.kanoonyar.db.training.QuizQuestionRepository;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.RandomPeople;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The course forms as Bean Validation forms: a pass mark typed in Persian digits is taken; a missing
 * title, a too-long text, a number out of range and letters where digits belong are each answered
 * in Persian next to their field, the page keeping what was typed, and nothing is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class})
class CourseFormsOnMariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff.Logins logins;
    @Autowired
    CourseAuthoring authoring;
    @Autowired
    CourseRepository courses;
    @Autowired
    CourseVersionRepository versions;
    @Autowired
    LessonRepository lessons;
    @Autowired
    QuizQuestionRepository questions;
    @Autowired
    QuizOptionRepository options;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aPassMarkAndWaitTypedInPersianDigitsAreSaved() throws Exception {
        CourseVersion draft = draft();
        MvcResult saved = mvc.perform(post(at(draft) + "/describe").with(logins.as(TestStaff.NATIONAL)).with(csrf())
                .param("title", "دورهٔ تازه").param("summary", "").param("passMark", "۷۵")
                .param("retryWait", "۱٬۴۴۰")).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getFlashMap().get("problem")).isNull();
        CourseVersion now = versions.findById(draft.getId()).orElseThrow();
        assertThat(now.getPassMarkPercent()).isEqualTo(75);
        assertThat(now.getRetryWaitMinutes()).isEqualTo(1440);
    }

    @Test
    void wrongCourseDetailsAreToldNextToTheirFieldsAndNothingChanges() throws Exception {
        CourseVersion draft = draft();
        String longSummary = "د".repeat(CourseVersion.SUMMARY_LENGTH + 1);
        String html = refused(post(at(draft) + "/describe").param("title", " ").param("summary", longSummary)
                .param("passMark", "هفتاد").param("retryWait", "−۵"));
        String form = form(html, "describe");

        assertThat(errorAfter(form, "title")).isEqualTo("عنوان را بنویسید.");
        assertThat(errorAfter(form, "passMark")).isEqualTo("نمرهٔ قبولی باید عددی از ۰ تا ۱۰۰ باشد؛ آن را با رقم بنویسید.");
        assertThat(errorAfter(form, "retryWait")).isEqualTo("فاصلهٔ تلاش دوباره باید عددی نامنفی، به دقیقه، باشد.");
        assertThat(errorAfter(form, "summary")).isEqualTo("توضیح حداکثر ۲۰۰۰ نویسه است؛ کوتاه‌ترش کنید.");
        assertThat(valueOf(form, "passMark")).isEqualTo("هفتاد");
        // The minus sign as typed (U+2212), which the page writes as its HTML entity.
        assertThat(valueOf(form, "retryWait")).isEqualTo("&minus;۵");
        assertThat(form).contains(longSummary + "</textarea>");

        CourseVersion unchanged = versions.findById(draft.getId()).orElseThrow();
        assertThat(unchanged.getTitle()).isEqualTo("دورهٔ آزمایشی فرم");
        assertThat(unchanged.getPassMarkPercent()).isEqualTo(CourseAuthoring.DEFAULT_PASS_MARK);
        assertThat(unchanged.getSummary()).isNull();
    }

    @Test
    void aNewCourseWithoutCodeOrWithATooLongTitleIsToldNextToItsFields() throws Exception {
        long before = courses.count();
        String longTitle = "ع".repeat(CourseVersion.TITLE_LENGTH + 1);
        String html = refused(post("/training").param("code", "").param("title", longTitle));
        assertThat(errorAfter(html, "code")).isEqualTo("کد دوره را بنویسید.");
        assertThat(errorAfter(html, "title")).isEqualTo("عنوان حداکثر ۲۰۰ نویسه است؛ کوتاه‌ترش کنید.");
        assertThat(valueOf(html, "title")).isEqualTo(longTitle);
        assertThat(courses.count()).isEqualTo(before);
    }

    @Test
    void aNewLessonWithoutTitleKeepsItsTextAndIsNotAdded() throws Exception {
        CourseVersion draft = draft();
        String html = refused(post(at(draft) + "/lessons").param("kind", "TEXT").param("title", "")
                .param("body", "کانون خانهٔ نوجوانان مسجد است."));
        String form = form(html, "new-lesson");
        assertThat(errorAfter(form, "title")).isEqualTo("عنوان را بنویسید.");
        assertThat(form).contains("کانون خانهٔ نوجوانان مسجد است.</textarea>")
                .containsPattern("<option value=\"TEXT\" selected=\"selected\"");
        String forged = form(refused(post(at(draft) + "/lessons").param("kind", "POEM").param("title", "درس")), "new-lesson");
        assertThat(errorAfter(forged, "kind")).isEqualTo("نوع درس را از فهرست برگزینید.");
        assertThat(lessons.countByCourseVersionId(draft.getId())).isZero();
    }

    @Test
    void aNewQuestionWithoutTextKeepsItsOptionsAndIsNotAdded() throws Exception {
        CourseVersion draft = draft();
        String form = form(refused(post(at(draft) + "/questions").param("text", "")
                .param("option", "در مسجد، با امام جماعت", "در مدرسه").param("correct", "۰")), "new-question");
        assertThat(errorAfter(form, "text")).isEqualTo("متن پرسش را بنویسید.");
        assertThat(form).contains("value=\"در مسجد، با امام جماعت\"", "value=\"در مدرسه\"")
                .containsPattern("name=\"correct\" value=\"0\"[^>]*checked");
        assertThat(questions.findByCourseVersionIdOrderByPosition(draft.getId())).isEmpty();
    }

    @Test
    void aChangedQuestionIsRefusedInPersianWhenTooLongAndTakesAPersianDigitForTheCorrectOption() throws Exception {
        CourseVersion draft = draft();
        QuizQuestion question = tx.execute(s -> authoring.addQuestion(draft.getId(),
                new QuestionContent("پرسش", List.of("آری", "نه"), 0)));
        String at = "/training/" + draft.getCourseId() + "/questions/" + question.getId();

        MvcResult tooLong = mvc.perform(post(at).with(logins.as(TestStaff.NATIONAL)).with(csrf())
                .param("text", "ق".repeat(QuizQuestion.TEXT_LENGTH + 1)).param("option", "آری", "نه")
                .param("correct", "۱")).andReturn();
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(302);
        assertThat(tooLong.getFlashMap().get("problem")).isEqualTo("متن پرسش حداکثر ۱۰۰۰ نویسه است؛ کوتاه‌ترش کنید.");
        assertThat(questions.findById(question.getId()).orElseThrow().getText()).isEqualTo("پرسش");

        MvcResult changed = mvc.perform(post(at).with(logins.as(TestStaff.NATIONAL)).with(csrf())
                .param("text", "پرسش تازه").param("option", "آری", "نه").param("correct", "۱")).andReturn();
        assertThat(changed.getFlashMap().get("problem")).isNull();
        assertThat(options.findByQuestionIdOrderByPosition(question.getId()))
                .extracting(QuizOption::getText, QuizOption::isCorrect)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("آری", false),
                        org.assertj.core.groups.Tuple.tuple("نه", true));
    }

    // ---- helpers ----

    private CourseVersion draft() {
        return tx.execute(s -> authoring.createCourse("f-" + RandomPeople.digits(9), null, "دورهٔ آزمایشی فرم",
                TestStaff.NATIONAL));
    }

    private static String at(CourseVersion draft) {
        return "/training/" + draft.getCourseId() + "/versions/" + draft.getId();
    }

    /** Posts as the national admin and expects the page back (200), not the redirect of a done action. */
    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(logins.as(TestStaff.NATIONAL)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
