package ir.kanoonyar.backoffice.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static ir.kanoonyar.backoffice.forms.RenderedForm.errorAfter;
import static ir.kanoonyar.backoffice.forms.RenderedForm.valueOf;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import ir.kanoonyar.backoffice.requests.TestStaff;
import ir.kanoonyar.db.guideline.GuidelineVersion;
import ir.kanoonyar.db.guideline.GuidelineVersionRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.ReviewRoute;
import ir.kanoonyar.db.request.ReviewRouteRepository;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
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

/**
 * The guideline and review-route forms as Bean Validation forms: numbers typed in Persian digits are
 * taken; each kind of wrong value is answered in Persian next to its own field, with what was typed
 * still in the field, and nothing is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class})
class GuidelineFormsOnMariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff.Logins logins;
    @Autowired
    GuidelineVersionRepository versions;
    @Autowired
    ReviewRouteRepository routes;
    @Autowired
    ProvinceRepository provinces;

    @Test
    void numbersTypedInPersianAndArabicDigitsWithSeparatorsAreSaved() throws Exception {
        LocalDate day = JalaliDate.today(Clock.systemUTC()).toLocalDate()
                .plusDays(ThreadLocalRandom.current().nextInt(4000, 8000));
        MvcResult saved = mvc.perform(post("/guidelines").with(logins.as(TestStaff.NATIONAL)).with(csrf())
                .params(guideline(PersianText.toPersianDigits(JalaliDate.from(day).toString()),
                        "minAge", "۱۸", "maxAge", "٦٥", "minMembersUrban", "۱٬۲۰۰",
                        "minMembersRural", "\u200F۳۰\u200E"))).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);

        GuidelineVersion version = versions.findInForceAt(day.atStartOfDay(JalaliDate.TEHRAN).toInstant()).orElseThrow();
        assertThat(version.getMinAge()).isEqualTo(18);
        assertThat(version.getMaxAge()).isEqualTo(65);
        assertThat(version.getMinMembersUrban()).isEqualTo(1200);
        assertThat(version.getMinMembersRural()).isEqualTo(30);
    }

    @Test
    void eachWrongValueIsToldInPersianNextToItsFieldKeepingWhatWasTyped() throws Exception {
        int before = versions.findAllByOrderByVersionNumberDesc().size();
        String tooLongNote = "ی".repeat(GuidelineForm.MAX_NOTE + 1);
        String html = refused(post("/guidelines").params(guideline("1404/13/01",
                "minAge", "هجده",               // letters where digits belong
                "maxAge", "۲۰۰",                // out of range
                "maxKanoonsPerManager", "",     // required, left empty
                "trainingWithinDays", "۳٫۵",    // a fraction
                "note", tooLongNote)));         // too long

        assertThat(errorAfter(html, "minAge")).isEqualTo("کمینهٔ سن باید عددی از ۰ تا ۱۵۰ باشد.");
        assertThat(errorAfter(html, "maxAge")).isEqualTo("بیشینهٔ سن باید عددی از ۰ تا ۱۵۰ باشد.");
        assertThat(errorAfter(html, "maxKanoonsPerManager")).isEqualTo("بیشینهٔ کانون‌های یک مدیر باید عددی دست‌کم ۱ باشد.");
        assertThat(errorAfter(html, "trainingWithinDays")).isEqualTo("مهلت دوره‌ها باید عددی از ۰ تا ۳۶۵۰ روز باشد.");
        assertThat(errorAfter(html, "effectiveDate")).isEqualTo("تاریخ اجرا درست نیست؛ آن را به شکل ۱۴۰۴/۰۱/۰۱ بنویسید.");
        assertThat(errorAfter(html, "note")).isEqualTo("یادداشت بیش از ۱۰۰۰ نویسه است.");
        // Fields that were right are not marked.
        assertThat(html).doesNotContain("کمینهٔ اعضای کانون شهری باید");

        assertThat(valueOf(html, "minAge")).isEqualTo("هجده");
        assertThat(valueOf(html, "maxAge")).isEqualTo("۲۰۰");
        assertThat(valueOf(html, "trainingWithinDays")).isEqualTo("۳٫۵");
        assertThat(valueOf(html, "effectiveDate")).isEqualTo("1404/13/01");
        assertThat(html).contains(tooLongNote + "</textarea>");
        assertThat(html).doesNotContain("guideline.error", "must not", "Failed to convert");

        assertThat(versions.findAllByOrderByVersionNumberDesc()).hasSize(before);
    }

    @Test
    void aReviewRouteWithWrongDaysIsRefusedInItsOwnRowKeepingWhatWasTyped() throws Exception {
        long markazi = provinces.findByCode("00").orElseThrow().getId();
        ReviewRoute before = routes.routeFor(markazi, RequestType.RESIGNATION);
        for (String days : new String[] {"سه", "۴۰۰", ""}) {
            String html = refused(post("/guidelines/routes").param("province", String.valueOf(markazi))
                    .param("type", "RESIGNATION").param("provinceReview", "true").param("consents", "IMAM")
                    .param("reviewDays", days));
            String row = html.substring(html.indexOf("id=\"route-RESIGNATION\""));
            row = row.substring(0, row.indexOf("</form>"));
            assertThat(errorAfter(row, "reviewDays")).isEqualTo("مهلت هر مرحله باید عددی از ۱ تا ۳۶۵ روز باشد.");
            assertThat(valueOf(row, "reviewDays")).isEqualTo(days);
            // The ticks typed stay ticked in the refused row.
            assertThat(row).containsPattern("name=\"provinceReview\" value=\"true\"\\s+checked")
                    .doesNotContainPattern("name=\"countyReview\" value=\"true\"\\s+checked")
                    .containsPattern("name=\"consents\" value=\"IMAM\"\\s+checked");
            assertThat(html.substring(0, html.indexOf("id=\"route-RESIGNATION\""))).doesNotContain("مهلت هر مرحله باید");
        }
        ReviewRoute after = routes.routeFor(markazi, RequestType.RESIGNATION);
        assertThat(after.isNationalDefault()).isEqualTo(before.isNationalDefault());
        assertThat(after.getReviewDays()).isEqualTo(before.getReviewDays());
    }

    // ---- helpers ----

    /** A guideline form that is right in every field but those given (name, value, name, value…), dated as given. */
    private static org.springframework.util.MultiValueMap<String, String> guideline(String date, String... changed) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("minEducation", "DIPLOMA");
        form.add("genderMustMatch", "true");
        form.add("maxKanoonsPerManager", "1");
        form.add("trainingWithinDays", "90");
        form.add("minMembersUrban", "20");
        form.add("minMembersRural", "10");
        form.add("effectiveDate", date);
        for (int i = 0; i < changed.length; i += 2) {
            form.set(changed[i], changed[i + 1]);
        }
        return form;
    }

    /** Posts as the national admin and expects the page back (200), not a redirect. */
    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(logins.as(TestStaff.NATIONAL)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
