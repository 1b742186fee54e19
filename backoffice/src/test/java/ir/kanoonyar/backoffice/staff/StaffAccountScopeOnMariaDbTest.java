package ir.kanoonyar.backoffice.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.kanoonyar.backoffice.requests.TestStaff;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.RandomPeople;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Who may do what on one staff account's page, on MariaDB: only the national admin edits; province
 * staff manage (disable, send a password link to) their own province's county accounts and find no
 * other; county staff manage none; a password link's secret is never stored, only its hash.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class})
class StaffAccountScopeOnMariaDbTest {

    private static final Pattern LINK = Pattern.compile("/password-link/([A-Za-z0-9_-]+)");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff.Logins logins;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    CountyRepository counties;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyTheNationalAdminEditsAndNobodyReachesAnAccountOutsideTheirProvince() throws Exception {
        long arak = countyAccount("0001");
        long tehran = countyAccount("2301");

        assertThat(status(get("/staff/" + arak), TestStaff.MARKAZI_PROVINCE)).isEqualTo(200);
        assertThat(page(get("/staff/" + arak), TestStaff.MARKAZI_PROVINCE)).doesNotContain("id=\"displayName\"");
        assertThat(status(post("/staff/" + arak).param("displayName", "نام تازه").param("role", "PROVINCE_STAFF")
                .param("provinceId", "1"), TestStaff.MARKAZI_PROVINCE)).isEqualTo(403);
        assertThat(status(get("/staff/" + tehran), TestStaff.MARKAZI_PROVINCE)).isEqualTo(404);
        assertThat(status(post("/staff/" + tehran + "/password-link"), TestStaff.MARKAZI_PROVINCE)).isEqualTo(404);
        assertThat(status(get("/staff/" + arak), TestStaff.ARAK_COUNTY)).isEqualTo(403);
        assertThat(status(get("/audit"), TestStaff.MARKAZI_PROVINCE)).isEqualTo(403);
        assertThat(accounts.findById(arak).orElseThrow().getDisplayName()).isEqualTo("کارشناس آزمون");
    }

    @Test
    void aCountyOfAnotherProvinceIsRefusedInPersianAndChangesNothing() throws Exception {
        long arak = countyAccount("0001");
        County tehran = counties.findByCode("2301").orElseThrow();
        County markaziCounty = counties.findByCode("0001").orElseThrow();
        String html = page(post("/staff/" + arak).param("displayName", "نام تازه").param("role", "COUNTY_STAFF")
                .param("provinceId", String.valueOf(markaziCounty.getProvince().getId()))
                .param("countyId", String.valueOf(tehran.getId())), TestStaff.NATIONAL);
        assertThat(html).contains("برای کارشناس اداره شهرستان، شهرستانی از همان استان برگزینید.");
        StaffAccount unchanged = accounts.findById(arak).orElseThrow();
        assertThat(unchanged.getDisplayName()).isEqualTo("کارشناس آزمون");
        assertThat(unchanged.getCountyId()).isEqualTo(markaziCounty.getId());
    }

    @Test
    void aPasswordLinkKeepsOnlyTheHashOfItsSecret() throws Exception {
        long arak = countyAccount("0001");
        String html = page(post("/staff/" + arak + "/password-link"), TestStaff.MARKAZI_PROVINCE);
        Matcher link = LINK.matcher(html);
        assertThat(link.find()).as("the page shows the link").isTrue();
        String token = link.group(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_password_link WHERE account_id = ? AND token_hash = ?",
                Integer.class, arak, PasswordLinks.hash(token))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_password_link WHERE token_hash = ?",
                Integer.class, token)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'PASSWORD_LINK_SENT' AND target = ?",
                Integer.class, accounts.findById(arak).orElseThrow().getUsername())).isEqualTo(1);
    }

    private long countyAccount(String countyCode) {
        County county = counties.findByCode(countyCode).orElseThrow();
        return accounts.save(StaffAccount.county("scope-" + RandomPeople.digits(6), "$2a$12$notarealhash", "کارشناس آزمون",
                county.getProvince().getId(), county.getId(), "test", Instant.now())).getId();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String who)
            throws Exception {
        return mvc.perform(request.with(logins.as(who)).with(csrf())).andReturn().getResponse().getStatus();
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String who)
            throws Exception {
        MvcResult result = mvc.perform(request.with(logins.as(who)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
