package ir.kanoonyar.backoffice.broadcasts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import ir.kanoonyar.backoffice.requests.TestStaff;
import ir.kanoonyar.db.broadcast.BroadcastStatus;
import ir.kanoonyar.db.broadcast.BroadcastRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.PeopleWithChats;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Broadcast pages as staff of different regions: who may target whom, and the moves on the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class})
class BroadcastPagesOnMariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff.Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BroadcastRepository broadcasts;
    @Autowired
    org.quartz.Scheduler scheduler;

    PeopleWithChats people;
    long arak;
    long saveh;
    long tehranCounty;
    long markazi;
    long tehran;

    @BeforeEach
    void regions() {
        people = new PeopleWithChats(jdbc);
        arak = people.countyId("0001");
        saveh = people.countyId("0006");
        tehranCounty = people.countyId("2301");
        markazi = people.provinceOfCounty(arak);
        tehran = people.provinceOfCounty(tehranCounty);
        people.chat(people.person(arak, "اراکی"), "TELEGRAM", false);
        people.chat(people.person(saveh, "ساوجی"), "BALE", false);
        people.chat(people.person(tehranCounty, "تهرانی"), "TELEGRAM", false);
    }

    /** Rows left waiting would be sent by the next test's bot, or counted by its outbox checks. */
    @AfterEach
    void cancelWhatIsLeft() {
        jdbc.update("UPDATE outbox_message SET status = 'CANCELLED' WHERE broadcast_id IS NOT NULL"
                + " AND status IN ('PENDING', 'HELD')");
    }

    // ---- the access matrix ----

    @Test
    void aProvinceUserCannotTargetAnotherProvince() throws Exception {
        long before = broadcasts.count();
        MvcResult forged = send(TestStaff.MARKAZI_PROVINCE, "province", tehran);
        assertThat(forged.getResponse().getStatus()).isEqualTo(404);
        assertThat(forged.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("در حوزهٔ کاری شما نیست");
        // Nor through a county of that province.
        assertThat(send(TestStaff.MARKAZI_PROVINCE, "county", tehranCounty).getResponse().getStatus()).isEqualTo(404);
        assertThat(count(TestStaff.MARKAZI_PROVINCE, "?province=" + tehran).getResponse().getStatus()).isEqualTo(404);
        assertThat(broadcasts.count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE target = '/broadcasts'", Integer.class))
                .as("every attempt is audited").isPositive();
    }

    @Test
    void aCountyUserCannotTargetAnotherCountyOfTheirProvince() throws Exception {
        assertThat(send(TestStaff.ARAK_COUNTY, "county", saveh).getResponse().getStatus()).isEqualTo(404);
        assertThat(count(TestStaff.ARAK_COUNTY, "?county=" + saveh).getResponse().getStatus()).isEqualTo(404);
        // Their own county, named or not, is fine.
        MvcResult own = send(TestStaff.ARAK_COUNTY, "county", arak);
        assertThat(own.getResponse().getStatus()).isEqualTo(302);
        long id = idOf(own);
        assertThat(broadcasts.findById(id).orElseThrow().getCountyId()).isEqualTo(arak);
        assertThat(chatsOf(id)).contains(arak).doesNotContain(saveh, tehranCounty);
    }

    @Test
    void aProvinceBroadcastIsSeenAndMovedOnlyWithinItsProvince() throws Exception {
        MvcResult sent = send(TestStaff.MARKAZI_PROVINCE, "role", "EVERYONE");
        long id = idOf(sent);
        // Markazi's people in both counties, no one from Tehran.
        assertThat(chatsOf(id)).contains(arak, saveh).doesNotContain(tehranCounty);
        assertThat(broadcasts.findById(id).orElseThrow().getStatus()).isEqualTo(BroadcastStatus.SENDING);

        assertThat(status(TestStaff.MARKAZI_PROVINCE, "/broadcasts/" + id)).isEqualTo(200);
        assertThat(status(TestStaff.NATIONAL, "/broadcasts/" + id)).isEqualTo(200);
        assertThat(status(TestStaff.TEHRAN_PROVINCE, "/broadcasts/" + id)).isEqualTo(404);
        assertThat(status(TestStaff.TEHRAN_PROVINCE, "/broadcasts/" + id + "/progress")).isEqualTo(404);
        // A province-wide broadcast reaches beyond any one county: county staff do not see it.
        assertThat(status(TestStaff.ARAK_COUNTY, "/broadcasts/" + id)).isEqualTo(404);
        assertThat(page(TestStaff.MARKAZI_PROVINCE, "/broadcasts")).contains("data-id=\"" + id + "\"");
        assertThat(page(TestStaff.TEHRAN_PROVINCE, "/broadcasts")).doesNotContain("data-id=\"" + id + "\"");

        assertThat(act(TestStaff.TEHRAN_PROVINCE, id, "pause")).isEqualTo(404);
        assertThat(broadcasts.findById(id).orElseThrow().getStatus()).isEqualTo(BroadcastStatus.SENDING);
    }

    @Test
    void pauseAndResumeReturnWithTheStatusAndTheRowsFollowBehindAsTheProgressShows() throws Exception {
        long id = idOf(send(TestStaff.MARKAZI_PROVINCE, "role", "EVERYONE"));
        int rows = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE broadcast_id = ?", Integer.class, id);
        String left = "\"left\":\"" + PersianText.toPersianDigits(String.valueOf(rows)) + "\"";

        // Quartz on standby: the move's trigger is committed with the status but runs only once it is back.
        scheduler.standby();
        try {
            assertThat(act(TestStaff.MARKAZI_PROVINCE, id, "pause")).isEqualTo(302);
            assertThat(broadcasts.findById(id).orElseThrow().getStatus()).isEqualTo(BroadcastStatus.PAUSED);
            assertThat(rowsIn(id, "PENDING")).isEqualTo(rows);
            assertThat(page(TestStaff.MARKAZI_PROVINCE, "/broadcasts/" + id + "/progress"))
                    .contains("\"status\":\"PAUSED\"", "در حال توقف…", "\"moving\":true", "\"canResume\":true", left);
        } finally {
            scheduler.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> rowsIn(id, "HELD") == rows);
        await().atMost(Duration.ofSeconds(30)).until(() -> page(TestStaff.MARKAZI_PROVINCE, "/broadcasts/" + id)
                .contains("متوقف"));
        assertThat(page(TestStaff.MARKAZI_PROVINCE, "/broadcasts/" + id + "/progress"))
                .contains("\"status\":\"PAUSED\"", "\"moving\":false", left).doesNotContain("در حال توقف");

        scheduler.standby();
        try {
            assertThat(act(TestStaff.MARKAZI_PROVINCE, id, "resume")).isEqualTo(302);
            assertThat(broadcasts.findById(id).orElseThrow().getStatus()).isEqualTo(BroadcastStatus.SENDING);
            assertThat(rowsIn(id, "HELD")).isEqualTo(rows);
            assertThat(page(TestStaff.MARKAZI_PROVINCE, "/broadcasts/" + id + "/progress"))
                    .contains("\"status\":\"SENDING\"", "در حال ازسرگیری…", "\"canPause\":true");
        } finally {
            scheduler.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> rowsIn(id, "PENDING") == rows);
        await().atMost(Duration.ofSeconds(30)).until(() -> page(TestStaff.MARKAZI_PROVINCE, "/broadcasts/" + id + "/progress")
                .contains("در حال ارسال"));
        // Resuming what is not paused is refused with a message, and changes nothing.
        MvcResult again = mvc.perform(post("/broadcasts/" + id + "/resume").with(logins.as(TestStaff.MARKAZI_PROVINCE))
                .with(csrf())).andReturn();
        assertThat(again.getFlashMap().get("problem")).asString().contains("صفحه را تازه کنید");

        assertThat(act(TestStaff.MARKAZI_PROVINCE, id, "cancel")).isEqualTo(302);
        await().atMost(Duration.ofSeconds(30)).until(() -> rowsIn(id, "CANCELLED") == rows);
        await().atMost(Duration.ofSeconds(30)).until(() -> page(TestStaff.MARKAZI_PROVINCE, "/broadcasts/" + id)
                .contains("لغوشده"));
    }

    /** Should a move be cut short, the job's minute-by-minute run finishes it: the trigger is there. */
    @Test
    void theRowMovesJobAlsoRunsEveryMinute() throws Exception {
        assertThat(scheduler.getTriggersOfJob(BroadcastRowMoveJob.KEY))
                .anySatisfy(t -> assertThat(t).isInstanceOfSatisfying(org.quartz.SimpleTrigger.class,
                        s -> assertThat(s.getRepeatInterval()).isEqualTo(Duration.ofMinutes(1).toMillis())));
        assertThat(scheduler.getJobDetail(BroadcastRowMoveJob.KEY).requestsRecovery()).isTrue();
    }

    @Test
    void aScheduledBroadcastWaitsForItsQuartzTriggerAndCancellingRemovesIt() throws Exception {
        String tomorrow = JalaliDate.of(java.time.Instant.now().plus(java.time.Duration.ofDays(1)), JalaliDate.TEHRAN).format();
        MvcResult scheduled = mvc.perform(multipart("/broadcasts").with(logins.as(TestStaff.NATIONAL)).with(csrf())
                .param("province", String.valueOf(tehran)).param("role", "EVERYONE").param("text", "فردا")
                .param("when", "later").param("date", tomorrow).param("time", "۱۰:۳۰")).andReturn();
        long id = idOf(scheduled);
        assertThat(broadcasts.findById(id).orElseThrow().getStatus()).isEqualTo(BroadcastStatus.SCHEDULED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE broadcast_id = ?", Integer.class, id)).isZero();
        assertThat(triggers(id)).isEqualTo(1);

        assertThat(act(TestStaff.NATIONAL, id, "cancel")).isEqualTo(302);
        assertThat(triggers(id)).isZero();
        assertThat(broadcasts.findById(id).orElseThrow().getStatus()).isEqualTo(BroadcastStatus.CANCELLED);

        MvcResult past = mvc.perform(multipart("/broadcasts").with(logins.as(TestStaff.NATIONAL)).with(csrf())
                .param("role", "EVERYONE").param("text", "دیروز").param("when", "later")
                .param("date", "۱۴۰۰/۰۱/۰۱").param("time", "10:00")).andReturn();
        assertThat(past.getResponse().getStatus()).isEqualTo(400);
        assertThat(past.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("زمان ارسال گذشته است");
    }

    @Test
    void theScheduledTriggerEnqueuesTheBroadcastWhenItFires() throws Exception {
        String tomorrow = JalaliDate.of(java.time.Instant.now().plus(java.time.Duration.ofDays(1)), JalaliDate.TEHRAN).format();
        long id = idOf(mvc.perform(multipart("/broadcasts").with(logins.as(TestStaff.MARKAZI_PROVINCE)).with(csrf())
                .param("role", "EVERYONE").param("text", "زمان‌بندی‌شده").param("when", "later")
                .param("date", tomorrow).param("time", "08:00")).andReturn());
        // Its time has come: Quartz runs the job (made by Spring, with its dependencies) on its own thread.
        scheduler.triggerJob(org.quartz.JobKey.jobKey("broadcast-" + id, "broadcasts"));
        await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> broadcasts.findById(id).orElseThrow().getStatus() != BroadcastStatus.SCHEDULED);
        assertThat(broadcasts.findById(id).orElseThrow().getStatus()).isEqualTo(BroadcastStatus.SENDING);
        assertThat(chatsOf(id)).contains(arak, saveh);
    }

    @Test
    void aFileThatIsNotWhatItClaimsIsRefusedInPersian() throws Exception {
        MockMultipartFile fake = new MockMultipartFile("file", "photo.jpg", "image/jpeg",
                "MZ not a picture".getBytes(StandardCharsets.US_ASCII));
        MvcResult refused = mvc.perform(multipart("/broadcasts").file(fake).with(logins.as(TestStaff.MARKAZI_PROVINCE))
                .with(csrf()).param("role", "EVERYONE").param("text", "عکس").param("fileKind", "PHOTO")
                .param("when", "now")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("عکس JPEG یا PNG نیست");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2};
        MvcResult ok = mvc.perform(multipart("/broadcasts").file(new MockMultipartFile("file", "p.png", "image/png", png))
                .with(logins.as(TestStaff.MARKAZI_PROVINCE)).with(csrf()).param("role", "EVERYONE")
                .param("text", "عکس").param("fileKind", "PHOTO").param("when", "now")).andReturn();
        long id = idOf(ok);
        assertThat(jdbc.queryForObject("SELECT body FROM outbox_message WHERE broadcast_id = ? LIMIT 1", String.class, id))
                .contains("\"media\":{\"kind\":\"PHOTO\",\"source\":\"broadcast-media:");
    }

    @Test
    void theCountSaysHowManyTheSegmentReaches() throws Exception {
        String json = count(TestStaff.ARAK_COUNTY, "?role=EVERYONE").getResponse().getContentAsString(StandardCharsets.UTF_8);
        Long chats = jdbc.queryForObject("SELECT COUNT(*) FROM person_chat pc JOIN person p ON p.id = pc.person_id"
                + " WHERE pc.blocked_at IS NULL AND p.county_id = ?", Long.class, arak);
        assertThat(json).contains("\"chats\":" + chats, "می‌رسد");
    }

    private MvcResult send(String who, String field, Object value) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/broadcasts");
        request.with(logins.as(who)).with(csrf()).param("text", "پیام آزمون به " + who).param("when", "now");
        if (!field.equals("role")) {
            request.param("role", "EVERYONE");
        }
        request.param(field, String.valueOf(value));
        return mvc.perform(request).andReturn();
    }

    private MvcResult count(String who, String query) throws Exception {
        return mvc.perform(get("/broadcasts/count" + query).with(logins.as(who))).andReturn();
    }

    private int act(String who, long id, String action) throws Exception {
        return mvc.perform(post("/broadcasts/" + id + "/" + action).with(logins.as(who)).with(csrf())).andReturn()
                .getResponse().getStatus();
    }

    private int status(String who, String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(who))).andReturn().getResponse().getStatus();
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(who))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static long idOf(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirected to the progress page").startsWith("/broadcasts/");
        return Long.parseLong(location.substring("/broadcasts/".length()));
    }

    /** The counties of the people the broadcast's rows go to. */
    private java.util.List<Long> chatsOf(long id) {
        return jdbc.queryForList("SELECT DISTINCT p.county_id FROM outbox_message o JOIN person p ON p.id = o.person_id"
                + " WHERE o.broadcast_id = ?", Long.class, id);
    }

    private int rowsIn(long id, String status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE broadcast_id = ? AND status = ?",
                Integer.class, id, status);
    }

    private int triggers(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = ?", Integer.class,
                "broadcast-" + id);
    }
}
