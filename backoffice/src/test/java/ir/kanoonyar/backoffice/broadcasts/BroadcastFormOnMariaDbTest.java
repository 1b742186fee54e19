package ir.kanoonyar.backoffice.broadcasts;

import static ir.kanoonyar.backoffice.forms.RenderedForm.errorAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import ir.kanoonyar.backoffice.requests.TestStaff;
import ir.kanoonyar.db.broadcast.Broadcast;
import ir.kanoonyar.db.broadcast.BroadcastRepository;
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
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The compose form refuses a message beside the field it is about, keeps what was typed and writes
 * no broadcast: a text beyond a message's length, a time in the past, no group chosen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class})
class BroadcastFormOnMariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff.Logins logins;
    @Autowired
    BroadcastRepository broadcasts;

    @Test
    void eachRefusalStandsBesideItsFieldWithWhatWasTypedKept() throws Exception {
        long before = broadcasts.count();

        String tooLong = "پ".repeat(Broadcast.MAX_TEXT + 1);
        String html = refused(multipart("/broadcasts").param("role", "EVERYONE").param("text", tooLong)
                .param("when", "now"));
        assertThat(errorAfter(html, "text")).isEqualTo("متن پیام بیش از ۴۰۹۶ نویسه است؛ کوتاه‌ترش کنید.");
        assertThat(html).contains(tooLong + "</textarea>");

        html = refused(multipart("/broadcasts").param("role", "EVERYONE").param("text", "دیروز")
                .param("when", "later").param("date", "۱۴۰۰/۰۱/۰۱").param("time", "10:00"));
        assertThat(errorAfter(html, "date")).isEqualTo("زمان ارسال گذشته است؛ زمانی در آینده برگزینید.");
        assertThat(html).contains("value=\"۱۴۰۰/۰۱/۰۱\"", "دیروز</textarea>");

        html = refused(multipart("/broadcasts").param("role", "").param("text", "سلام").param("when", "now"));
        assertThat(errorAfter(html, "role")).isEqualTo("گروه گیرندگان را از فهرست برگزینید.");

        assertThat(broadcasts.count()).isEqualTo(before);
    }

    private String refused(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MvcResult result = mvc.perform(request.with(logins.as(TestStaff.MARKAZI_PROVINCE)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
