package ir.kanoonyar.backoffice.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The layout's stylesheets, fonts, scripts and webjars still load now that only their paths are served. */
@SpringBootTest(properties = "spring.quartz.auto-startup=false")
@AutoConfigureMockMvc
class StaticResourcesTest {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "static-resources");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void everyStaticFileTheInboxLinksLoadsAndTheWebjarCarriesItsVersion() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("demo-county").password("kanoonyar-demo"))
                .andReturn().getResponse().getCookie("SESSION");
        String inbox = mvc.perform(get("/inbox").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> files = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        Matcher link = LINK.matcher(inbox);
        while (link.find()) {
            String href = link.group(1).replace("&amp;", "&");
            (href.matches("/(css|fonts|js|webjars)/.*") ? files : pages).add(href);
        }
        assertThat(files).contains("/css/backoffice.css", "/fonts/vazirmatn.css")
                .anyMatch(href -> href.matches("/webjars/bootstrap/\\d[^/]*/css/bootstrap\\.rtl\\.min\\.css"));
        assertThat(pages).contains("/inbox").noneMatch(href -> href.startsWith("/webjars"));
        for (String file : files) {
            assertThat(mvc.perform(get(file).cookie(session)).andReturn().getResponse().getStatus())
                    .as(file).isEqualTo(200);
        }
        // Without a version too, as a bookmarked or older page may ask.
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.rtl.min.css")).andExpect(status().isOk());
        mvc.perform(get("/css/nothing-here.css")).andExpect(status().isNotFound());
    }
}
