package ir.kanoonyar.backoffice.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ir.kanoonyar.testsupport.TestDatabase;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Staff login on the embedded database's demo accounts (password kanoonyar-demo). */
@SpringBootTest(properties = "spring.quartz.auto-startup=false")
@AutoConfigureMockMvc
class SecurityTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "security");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pagesNeedASignedInStaffMember() throws Exception {
        mvc.perform(get("/inbox")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLoginPageIsPersianRightToLeftWithSecurityHeaders() throws Exception {
        MvcResult page = mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().exists("Content-Security-Policy"))
                .andReturn();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("dir=\"rtl\"", "گذرواژه", "name=\"_csrf\"");
    }

    @Test
    void demoStaffSignInAndTheirSessionIsKeptInTheDatabase() throws Exception {
        mvc.perform(formLogin("/login").user("demo-county").password("kanoonyar-demo"))
                .andExpect(authenticated().withUsername("demo-county").withRoles("COUNTY_STAFF"))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE actor = 'demo-county' AND action = 'LOGIN'",
                Integer.class)).isPositive();
        // The session lives in the database, so another back-office instance can serve it.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'demo-county'",
                Integer.class)).isPositive();
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("demo-province").password("guess-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user("demo-province").password("kanoonyar-demo")).andExpect(unauthenticated());
        assertThat(jdbc.queryForObject("SELECT locked_until FROM staff_account WHERE username = 'demo-province'",
                java.sql.Timestamp.class)).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE actor = 'demo-province' "
                + "AND action = 'LOGIN_FAILED'", Integer.class)).isGreaterThanOrEqualTo(5);
        // The right password during the lock is audited apart: it is told the lock, and counts for nothing.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE actor = 'demo-province' "
                + "AND action = 'LOGIN_LOCKED'", Integer.class)).isGreaterThanOrEqualTo(1);
        jdbc.update("UPDATE staff_account SET locked_until = NULL, failed_logins = 0 WHERE username = 'demo-province'");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "demo-county").param("password", "kanoonyar-demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePublicLicenceCheckNeedsNoLogin() throws Exception {
        int status = mvc.perform(get("/verify/00-1405-000001")).andReturn().getResponse().getStatus();
        assertThat(status).isNotEqualTo(302);
    }

    @Test
    void disablingAnAccountSignsItOutEverywhereAtOnce() throws Exception {
        Cookie county = sessionOf("demo-county");
        mvc.perform(get("/inbox").cookie(county)).andExpect(status().isOk());
        Cookie national = sessionOf("demo-national");
        long id = jdbc.queryForObject("SELECT id FROM staff_account WHERE username = 'demo-county'", Long.class);
        try {
            mvc.perform(post("/staff/" + id + "/enabled").cookie(national).with(csrf()).param("enabled", "false"))
                    .andExpect(status().isFound());

            mvc.perform(get("/inbox").cookie(county)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            assertThat(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'demo-county'", Integer.class)).isZero();
            mvc.perform(get("/inbox").cookie(national)).andExpect(status().isOk());
        } finally {
            jdbc.update("UPDATE staff_account SET enabled = TRUE WHERE username = 'demo-county'");
        }
    }

    /** Signs in through the login form and gives back the session cookie, as a browser would keep it. */
    private Cookie sessionOf(String username) throws Exception {
        Cookie cookie = mvc.perform(formLogin("/login").user(username).password("kanoonyar-demo"))
                .andExpect(authenticated().withUsername(username))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(cookie).as("the session cookie of " + username).isNotNull();
        return cookie;
    }
}
