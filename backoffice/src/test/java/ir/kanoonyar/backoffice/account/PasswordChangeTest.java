package ir.kanoonyar.backoffice.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

/** A staff member changes their own password on the embedded database's demo accounts. */
@SpringBootTest(properties = "spring.quartz.auto-startup=false")
@AutoConfigureMockMvc
class PasswordChangeTest {

    private static final String DEMO_PASSWORD = "kanoonyar-demo";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "account");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aChangeEndsTheOtherSessionsAndOnlyTheNewPasswordSignsIn() throws Exception {
        Cookie laptop = sessionOf("demo-province", DEMO_PASSWORD);
        Cookie phone = sessionOf("demo-province", DEMO_PASSWORD);

        mvc.perform(post("/account/password").cookie(laptop).with(csrf())
                        .param("current", DEMO_PASSWORD)
                        .param("fresh", "a-new-long-passphrase")
                        .param("repeated", "a-new-long-passphrase"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/account/password"));

        mvc.perform(get("/inbox").cookie(laptop)).andExpect(status().isOk());
        mvc.perform(get("/inbox").cookie(phone)).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin("/login").user("demo-province").password(DEMO_PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("demo-province").password("a-new-long-passphrase"))
                .andExpect(authenticated().withUsername("demo-province"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE actor = 'demo-province' "
                + "AND action = 'PASSWORD_CHANGED'", Integer.class)).isOne();
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsRefusedInPersianAndChangesNothing() throws Exception {
        Cookie session = sessionOf("demo-county", DEMO_PASSWORD);

        assertThat(refusal(session, "not-the-password", "another-long-passphrase", "another-long-passphrase"))
                .contains("گذرواژهٔ کنونی درست نیست");
        assertThat(refusal(session, DEMO_PASSWORD, "short", "short"))
                .contains("دست‌کم ۱۲ نویسه");
        assertThat(refusal(session, DEMO_PASSWORD, "another-long-passphrase", "another-long-passphrasf"))
                .contains("یکی نیستند");
        assertThat(refusal(session, DEMO_PASSWORD, DEMO_PASSWORD, DEMO_PASSWORD))
                .contains("فرق داشته باشد");

        mvc.perform(formLogin("/login").user("demo-county").password(DEMO_PASSWORD))
                .andExpect(authenticated().withUsername("demo-county"));
    }

    @Test
    void theSignOutButtonEndsTheSession() throws Exception {
        Cookie session = sessionOf("demo-national", DEMO_PASSWORD);
        String inbox = mvc.perform(get("/inbox").cookie(session)).andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("action=\"/logout\"", "خروج");

        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        mvc.perform(get("/inbox").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    private String refusal(Cookie session, String current, String fresh, String repeated) throws Exception {
        return mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("current", current).param("fresh", fresh).param("repeated", repeated))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private Cookie sessionOf(String username, String password) throws Exception {
        Cookie cookie = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated().withUsername(username))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(cookie).as("the session cookie of " + username).isNotNull();
        return cookie;
    }
}
