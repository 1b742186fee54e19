package ir.kanoonyar.backoffice.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
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
 * The inbox of a region larger than the count limit (30 here, 5,000 by default): the total reads
 * «بیش از …», only the pages within the limit are offered, and the counts per type and step are kept a
 * while and say when they were taken; a smaller view stays exact and live.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"kanoonyar.inbox-counts.limit=30", "kanoonyar.inbox-counts.fresh-for=10m"})
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class, SubmittedRequests.class})
class InboxPastTheCountLimitOnMariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    private static final Pattern ROW_ID = Pattern.compile("<tr[^>]*data-id=\"(\\d+)\"");
    private static final Pattern NEXT = Pattern.compile("class=\"next\"[^>]*href=\"([^\"]+)\"");
    private static final Pattern SERVICE_COUNT =
            Pattern.compile("<span>درخواست خدمت</span>: <span class=\"count\">([^<]+)</span>");

    @Autowired
    MockMvc mvc;
    @Autowired
    SubmittedRequests submissions;
    @Autowired
    TestStaff.Logins logins;
    @Autowired
    CountyRepository counties;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aViewPastTheLimitSaysMoreThanOffersThePagesWithinItAndKeepsItsCountsAWhile() throws Exception {
        long county = counties.findByCode("0003").orElseThrow().getId();
        for (int i = 0; i < 60; i++) {
            submissions.submit("0003", "بزرگ", "شمارهٔ" + i, RequestType.SERVICE_REQUEST, "برای سقف شمارش");
        }
        List<Long> expected = jdbc.queryForList("SELECT id FROM request WHERE county_id = ? AND submitted_at IS NOT NULL"
                + " ORDER BY submitted_at DESC, id DESC", Long.class, county);
        String view = "/inbox?view=ALL&size=25&county=" + county;
        String first = page(TestStaff.MARKAZI_PROVINCE, view);
        assertThat(first).contains("<span class=\"count total\">بیش از ۳۰</span>")
                .contains("صفحهٔ ۱ از ۲ صفحهٔ نخست (بیش از ۳۰ درخواست؛")
                .contains("شمار هر نوع و مرحله در ساعت");
        assertThat(serviceCount(first)).isEqualTo("۶۰");

        // Two pages within the limit, in the view's order, and no link past them.
        List<Long> walked = new ArrayList<>(ids(first));
        Matcher next = NEXT.matcher(first);
        assertThat(next.find()).isTrue();
        String second = page(TestStaff.MARKAZI_PROVINCE, next.group(1).replace("&amp;", "&"));
        walked.addAll(ids(second));
        assertThat(walked).containsExactlyElementsOf(expected.subList(0, 50));
        assertThat(NEXT.matcher(second).find()).isFalse();
        assertThat(second).contains("صفحهٔ ۲ از ۲ صفحهٔ نخست");
        // A forged page number past them shows the last one offered.
        assertThat(ids(page(TestStaff.MARKAZI_PROVINCE, view + "&page=3"))).isEqualTo(ids(second));

        // The counts per type are those taken a moment ago; the rows are live.
        long added = submissions.submit("0003", "تازه", "پس از شمارش", RequestType.SERVICE_REQUEST, "تازه");
        String again = page(TestStaff.MARKAZI_PROVINCE, view);
        assertThat(serviceCount(again)).isEqualTo("۶۰");
        assertThat(ids(again)).first().isEqualTo(added);

        // A search matching more than the limit: the total says so, no counts per type.
        String found = page(TestStaff.MARKAZI_PROVINCE, "/inbox?q=بزرگ");
        assertThat(found).contains("<span class=\"count total\">بیش از ۳۰</span>");
        assertThat(SERVICE_COUNT.matcher(found).find()).isFalse();
        assertThat(ids(found)).hasSize(50);
    }

    @Test
    void aViewWithinTheLimitCountsExactlyOnEveryPage() throws Exception {
        long county = counties.findByCode("0006").orElseThrow().getId();
        submissions.submit("0006", "کوچک", "یکم", RequestType.SERVICE_REQUEST, "زیر سقف");
        page(TestStaff.SAVEH_COUNTY, "/inbox?view=ALL");
        submissions.submit("0006", "کوچک", "دوم", RequestType.SERVICE_REQUEST, "زیر سقف");
        String after = page(TestStaff.SAVEH_COUNTY, "/inbox?view=ALL");
        long inView = jdbc.queryForObject("SELECT COUNT(*) FROM request WHERE county_id = ?"
                + " AND submitted_at IS NOT NULL", Long.class, county);
        long services = jdbc.queryForObject("SELECT COUNT(*) FROM request WHERE county_id = ?"
                + " AND submitted_at IS NOT NULL AND type = 'SERVICE_REQUEST'", Long.class, county);
        assertThat(after).contains("(جمعاً " + PersianText.toPersianDigits(String.valueOf(inView)) + " درخواست)")
                .doesNotContain("شمار هر نوع و مرحله در ساعت");
        assertThat(serviceCount(after)).isEqualTo(PersianText.toPersianDigits(String.valueOf(services)));
    }

    private String serviceCount(String html) {
        Matcher m = SERVICE_COUNT.matcher(html);
        assertThat(m.find()).as("the service requests' count").isTrue();
        return m.group(1);
    }

    private String page(String who, String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(logins.as(who))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<Long> ids(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW_ID.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
