package ir.kanoonyar.backoffice.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import ir.kanoonyar.backoffice.requests.TestStaff;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.guideline.GuidelineVersion;
import ir.kanoonyar.db.guideline.GuidelineVersionRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.request.ReviewLevel;
import ir.kanoonyar.db.request.ReviewRoute;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.ReviewRouteRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.staff.StaffRole;
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

/** Account management, the audit log and the national settings pages, on the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class})
class StaffAndGuidelinePagesOnMariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    private static final String PASSWORD = "a-long-enough-secret";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff.Logins logins;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    ProvinceRepository provinces;
    @Autowired
    CountyRepository counties;
    @Autowired
    AuditEntryRepository audit;
    @Autowired
    GuidelineVersionRepository versions;
    @Autowired
    ReviewRouteRepository routes;

    // ---- accounts ----

    @Test
    void theNationalAdminCreatesAProvincialAccountThatCanSignIn() throws Exception {
        String username = unique("markazi");
        long markazi = provinces.findByCode("00").orElseThrow().getId();
        MvcResult created = mvc.perform(post("/staff").with(logins.as(TestStaff.NATIONAL)).with(csrf())
                .param("username", username).param("displayName", "کارشناس تازهٔ مرکزی")
                .param("password", PASSWORD).param("place", String.valueOf(markazi))).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/staff");

        StaffAccount account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.getRole()).isEqualTo(StaffRole.PROVINCE_STAFF);
        assertThat(account.getProvinceId()).isEqualTo(markazi);
        assertThat(account.getPasswordHash()).startsWith("$2").doesNotContain(PASSWORD);
        assertThat(audit.findTop100ByActorOrderByOccurredAtDesc(TestStaff.NATIONAL))
                .anyMatch(e -> "STAFF_CREATED".equals(e.getAction()) && username.equals(e.getTarget()));

        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username).withRoles("PROVINCE_STAFF"));

        // The national admin sees it, reads the audit log, and can disable it: then it cannot sign in.
        assertThat(page(TestStaff.NATIONAL, "/staff")).contains(username);
        assertThat(page(TestStaff.NATIONAL, "/audit")).contains("STAFF_CREATED", username);
        int disabled = mvc.perform(post("/staff/" + account.getId() + "/enabled").with(logins.as(TestStaff.NATIONAL))
                .with(csrf()).param("enabled", "false")).andReturn().getResponse().getStatus();
        assertThat(disabled).isEqualTo(302);
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void aPasswordOfElevenCharactersAndATakenUsernameAreRefusedInPersian() throws Exception {
        String username = unique("short");
        long markazi = provinces.findByCode("00").orElseThrow().getId();
        String html = postPage(TestStaff.NATIONAL, post("/staff").param("username", username)
                .param("displayName", "کارشناس").param("password", "12345678901").param("place", String.valueOf(markazi)));
        assertThat(html).contains("گذرواژه باید دست‌کم ۱۲ نویسه باشد");
        assertThat(accounts.findByUsername(username)).isEmpty();

        mvc.perform(post("/staff").with(logins.as(TestStaff.NATIONAL)).with(csrf()).param("username", username)
                .param("displayName", "کارشناس").param("password", PASSWORD).param("place", String.valueOf(markazi)));
        String again = postPage(TestStaff.NATIONAL, post("/staff").param("username", username)
                .param("displayName", "دیگری").param("password", PASSWORD).param("place", String.valueOf(markazi)));
        assertThat(again).contains("این نام کاربری پیش‌تر گرفته شده است");
    }

    @Test
    void aNewAccountsFormIsRefusedOneFieldAtATimeInPersianWithWhatWasTypedKept() throws Exception {
        long markazi = provinces.findByCode("00").orElseThrow().getId();
        String badName = postPage(TestStaff.NATIONAL, post("/staff").param("username", "ab")
                .param("displayName", "").param("password", "12345678901").param("place", String.valueOf(markazi)));
        assertThat(badName).contains("نام کاربری باید ۳ تا ۵۰ نویسه").doesNotContain("نام نمایشی را بنویسید");
        String username = unique("form");
        String noName = postPage(TestStaff.NATIONAL, post("/staff").param("username", "  " + username + " ")
                .param("displayName", "   ").param("password", PASSWORD).param("place", String.valueOf(markazi)));
        assertThat(noName).contains("نام نمایشی را بنویسید").contains("value=\"" + username + "\"");
        // A forged place that is not a number is no choice: asked for, not a 400.
        String forgedPlace = postPage(TestStaff.NATIONAL, post("/staff").param("username", username)
                .param("displayName", "کارشناس").param("password", PASSWORD).param("place", "abc"));
        assertThat(forgedPlace).contains("محل خدمت را از فهرست برگزینید");
        assertThat(accounts.findByUsername(username)).isEmpty();
        // County staff are forbidden before anything is said about the form.
        int county = mvc.perform(post("/staff").with(logins.as(TestStaff.ARAK_COUNTY)).with(csrf())
                .param("username", "x").param("displayName", "").param("password", "")).andReturn()
                .getResponse().getStatus();
        assertThat(county).isEqualTo(403);
    }

    @Test
    void provincialStaffCreateCountyAccountsOfTheirOwnProvinceOnly() throws Exception {
        County arak = counties.findByCode("0001").orElseThrow();
        County tehran = counties.findByCode("2301").orElseThrow();
        String username = unique("arak");
        int status = mvc.perform(post("/staff").with(logins.as(TestStaff.MARKAZI_PROVINCE)).with(csrf())
                .param("username", username).param("displayName", "کارشناس اراک").param("password", PASSWORD)
                .param("place", String.valueOf(arak.getId()))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(302);
        StaffAccount account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.getRole()).isEqualTo(StaffRole.COUNTY_STAFF);
        assertThat(account.getCountyId()).isEqualTo(arak.getId());
        assertThat(account.getProvinceId()).isEqualTo(arak.getProvince().getId());
        assertThat(page(TestStaff.MARKAZI_PROVINCE, "/staff")).contains(username);
        assertThat(page(TestStaff.TEHRAN_PROVINCE, "/staff")).doesNotContain(username);

        // A county of another province, guessed by id: not found, and no account.
        String other = unique("tehran");
        int refused = mvc.perform(post("/staff").with(logins.as(TestStaff.MARKAZI_PROVINCE)).with(csrf())
                .param("username", other).param("displayName", "کارشناس تهران").param("password", PASSWORD)
                .param("place", String.valueOf(tehran.getId()))).andReturn().getResponse().getStatus();
        assertThat(refused).isEqualTo(404);
        assertThat(accounts.findByUsername(other)).isEmpty();

        // Tehran's staff cannot disable Markazi's county account either.
        int toggled = mvc.perform(post("/staff/" + account.getId() + "/enabled").with(logins.as(TestStaff.TEHRAN_PROVINCE))
                .with(csrf()).param("enabled", "false")).andReturn().getResponse().getStatus();
        assertThat(toggled).isEqualTo(404);
        assertThat(accounts.findByUsername(username).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void countyStaffAndProvincialStaffAreForbiddenWhatIsNotTheirs() throws Exception {
        for (String url : new String[] {"/staff", "/audit", "/guidelines", "/guidelines/routes"}) {
            assertThat(status(TestStaff.ARAK_COUNTY, url)).as(url).isEqualTo(403);
        }
        for (String url : new String[] {"/audit", "/guidelines", "/guidelines/routes"}) {
            assertThat(status(TestStaff.MARKAZI_PROVINCE, url)).as(url).isEqualTo(403);
        }
        int posted = mvc.perform(post("/staff").with(logins.as(TestStaff.ARAK_COUNTY)).with(csrf())
                .param("username", unique("c")).param("displayName", "x").param("password", PASSWORD)
                .param("place", "1")).andReturn().getResponse().getStatus();
        assertThat(posted).isEqualTo(403);
        int guideline = mvc.perform(post("/guidelines").with(logins.as(TestStaff.MARKAZI_PROVINCE)).with(csrf())
                .param("minAge", "20")).andReturn().getResponse().getStatus();
        assertThat(guideline).isEqualTo(403);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        long markazi = provinces.findByCode("00").orElseThrow().getId();
        String username = unique("nocsrf");
        int status = mvc.perform(post("/staff").with(logins.as(TestStaff.NATIONAL)).param("username", username)
                .param("displayName", "x").param("password", PASSWORD).param("place", String.valueOf(markazi)))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(accounts.findByUsername(username)).isEmpty();
        assertThat(mvc.perform(post("/guidelines/routes").with(logins.as(TestStaff.NATIONAL))
                .param("type", "MANAGER_CHANGE").param("countyReview", "true").param("reviewDays", "3"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    // ---- guidelines ----

    @Test
    void aNewGuidelineVersionIsInForceFromItsDateAndTheOldOneIsKept() throws Exception {
        LocalDate day = JalaliDate.today(java.time.Clock.systemUTC()).toLocalDate()
                .plusDays(ThreadLocalRandom.current().nextInt(400, 4000));
        Instant start = day.atStartOfDay(JalaliDate.TEHRAN).toInstant();
        GuidelineVersion before = versions.findInForceAt(start.minusSeconds(1)).orElse(null);
        int versionsBefore = versions.findAllByOrderByVersionNumberDesc().size();

        int status = mvc.perform(post("/guidelines").with(logins.as(TestStaff.NATIONAL)).with(csrf())
                .param("minAge", "۲۲").param("maxAge", "60").param("minEducation", "BACHELOR")
                .param("genderMustMatch", "true").param("maxKanoonsPerManager", "2")
                .param("requiredCourses", "C-101، C-102").param("trainingWithinDays", "120")
                .param("minMembersUrban", "25").param("minMembersRural", "12")
                .param("effectiveDate", JalaliDate.from(day).toString()).param("note", "آزمون"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(302);

        GuidelineVersion now = versions.findInForceAt(start).orElseThrow();
        assertThat(now.getMinAge()).isEqualTo(22);
        assertThat(now.getMaxKanoonsPerManager()).isEqualTo(2);
        assertThat(now.getRequiredCourses()).containsExactly("C-101", "C-102");
        assertThat(now.getEffectiveFrom()).isEqualTo(start);
        assertThat(now.getCreatedBy()).isEqualTo(TestStaff.NATIONAL);
        assertThat(versions.findAllByOrderByVersionNumberDesc()).hasSize(versionsBefore + 1);
        GuidelineVersion stillBefore = versions.findInForceAt(start.minusSeconds(1)).orElse(null);
        if (before == null) {
            assertThat(stillBefore).isNull();
        } else {
            assertThat(stillBefore.getVersionNumber()).isEqualTo(before.getVersionNumber());
            assertThat(stillBefore.getMinAge()).isEqualTo(before.getMinAge());
        }
        assertThat(page(TestStaff.NATIONAL, "/guidelines")).contains("data-version=\"" + now.getVersionNumber() + "\"");
    }

    @Test
    void invalidGuidelineValuesGetPersianErrorsAndSaveNothing() throws Exception {
        int versionsBefore = versions.findAllByOrderByVersionNumberDesc().size();
        String html = postPage(TestStaff.NATIONAL, post("/guidelines")
                .param("minAge", "70").param("maxAge", "60").param("minEducation", "BACHELOR")
                .param("maxKanoonsPerManager", "0").param("requiredCourses", "").param("trainingWithinDays", "x")
                .param("minMembersUrban", "25").param("minMembersRural", "12").param("effectiveDate", "1404/13/01"));
        assertThat(html).contains("کمینهٔ سن از بیشینهٔ آن بیشتر است", "تاریخ اجرا درست نیست",
                "بیشینهٔ کانون‌های یک مدیر باید", "مهلت دوره‌ها باید");
        String past = postPage(TestStaff.NATIONAL, post("/guidelines")
                .param("minAge", "20").param("maxAge", "60").param("minEducation", "BACHELOR")
                .param("maxKanoonsPerManager", "1").param("trainingWithinDays", "30")
                .param("minMembersUrban", "25").param("minMembersRural", "12").param("effectiveDate", "1390/01/01"));
        assertThat(past).contains("تاریخ اجرا نمی‌تواند پیش از امروز باشد");
        assertThat(versions.findAllByOrderByVersionNumberDesc()).hasSize(versionsBefore);
    }

    // ---- review routes ----

    @Test
    void aProvinceDelegatingManagerChangesToItsCountiesHasThatRoute() throws Exception {
        long markazi = provinces.findByCode("00").orElseThrow().getId();
        long tehran = provinces.findByCode("23").orElseThrow().getId();
        ReviewRoute national = routes.routeFor(null, RequestType.MANAGER_CHANGE);
        try {
            int status = mvc.perform(post("/guidelines/routes").with(logins.as(TestStaff.NATIONAL)).with(csrf())
                    .param("province", String.valueOf(markazi)).param("type", "MANAGER_CHANGE")
                    .param("countyReview", "true").param("reviewDays", "5")).andReturn().getResponse().getStatus();
            assertThat(status).isEqualTo(302);
            ReviewRoute route = routes.routeFor(markazi, RequestType.MANAGER_CHANGE);
            assertThat(route.isNationalDefault()).isFalse();
            assertThat(route.isCountyReview()).isTrue();
            assertThat(route.isProvinceReview()).isFalse();
            assertThat(route.finalLevel()).isEqualTo(ReviewLevel.COUNTY);
            assertThat(route.getReviewDays()).isEqualTo(5);
            assertThat(route.consentRoles()).isEmpty();
            assertThat(routes.routeFor(tehran, RequestType.MANAGER_CHANGE).isNationalDefault()).isTrue();

            // Changing it again changes the same row.
            mvc.perform(post("/guidelines/routes").with(logins.as(TestStaff.NATIONAL)).with(csrf())
                    .param("province", String.valueOf(markazi)).param("type", "MANAGER_CHANGE")
                    .param("countyReview", "true").param("reviewDays", "7"));
            ReviewRoute changed = routes.routeFor(markazi, RequestType.MANAGER_CHANGE);
            assertThat(changed.getId()).isEqualTo(route.getId());
            assertThat(changed.getReviewDays()).isEqualTo(7);

            // No step at all is refused in Persian.
            String html = postPage(TestStaff.NATIONAL, post("/guidelines/routes")
                    .param("province", String.valueOf(markazi)).param("type", "MANAGER_CHANGE").param("reviewDays", "7"));
            assertThat(html).contains("دست‌کم یکی از مرحله‌های بررسی");
            assertThat(routes.routeFor(null, RequestType.MANAGER_CHANGE).getReviewDays())
                    .isEqualTo(national.getReviewDays());
        } finally {
            mvc.perform(post("/guidelines/routes/default").with(logins.as(TestStaff.NATIONAL)).with(csrf())
                    .param("province", String.valueOf(markazi)).param("type", "MANAGER_CHANGE"));
        }
        assertThat(routes.routeFor(markazi, RequestType.MANAGER_CHANGE).isNationalDefault()).isTrue();
    }

    @Test
    void inquiryRequirementsAreAddedAndRemoved() throws Exception {
        mvc.perform(post("/guidelines/inquiries").with(logins.as(TestStaff.NATIONAL)).with(csrf())
                .param("requestType", "SERVICE_REQUEST").param("inquiryType", "BASIJ_ENDORSEMENT"));
        String html = page(TestStaff.NATIONAL, "/guidelines/routes");
        assertThat(html).contains("/guidelines/inquiries/");
        var requirement = requirementsOf(RequestType.SERVICE_REQUEST);
        assertThat(requirement).isNotNull();
        mvc.perform(post("/guidelines/inquiries/" + requirement.getId() + "/remove").with(logins.as(TestStaff.NATIONAL))
                .with(csrf()));
        assertThat(requirementsOf(RequestType.SERVICE_REQUEST)).isNull();
    }

    @Autowired
    ir.kanoonyar.db.request.InquiryRequirementRepository requirements;

    private ir.kanoonyar.db.request.InquiryRequirement requirementsOf(RequestType type) {
        return requirements.findByRequestType(type).stream()
                .filter(r -> r.getInquiryType() == ir.kanoonyar.db.request.InquiryType.BASIJ_ENDORSEMENT)
                .findFirst().orElse(null);
    }

    // ---- helpers ----

    private static String unique(String prefix) {
        return prefix + "-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private String page(String who, String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(logins.as(who))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String postPage(String who, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(logins.as(who)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String who, String url) throws Exception {
        return mvc.perform(get(url).with(logins.as(who))).andReturn().getResponse().getStatus();
    }
}
