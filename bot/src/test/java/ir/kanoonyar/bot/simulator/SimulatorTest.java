package ir.kanoonyar.bot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.db.broadcast.Broadcast;
import ir.kanoonyar.db.broadcast.BroadcastDelivery;
import ir.kanoonyar.db.broadcast.BroadcastMediaStore;
import ir.kanoonyar.db.broadcast.BroadcastRepository;
import ir.kanoonyar.db.broadcast.BroadcastStatus;
import ir.kanoonyar.db.broadcast.MediaKind;
import ir.kanoonyar.db.broadcast.Segment;
import ir.kanoonyar.db.broadcast.SegmentRole;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat simulator of the embedded default, over real HTTP as its page uses it: the person's
 * messages go through the inbox, the conversation and the outbox like a messenger's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closes the app (and its H2 file) before JUnit removes the data folder: the outbox may still be
// recording the last replies when the last test ends, and would write into a folder being deleted.
@DirtiesContext
class SimulatorTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) {
        registry.add("KANOONYAR_DATA_DIR", () -> dataDir.toString());
        // As scripts/run.sh runs it: the simulator exists only when turned on.
        registry.add("kanoonyar.simulator.enabled", () -> "true");
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BroadcastMediaStore media;
    @Autowired
    BroadcastRepository broadcasts;
    @Autowired
    BroadcastDelivery delivery;
    @Autowired
    TransactionTemplate tx;

    long after;

    @Test
    void servesThePageInPersianRightToLeft() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/simulator")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("dir=\"rtl\"", "شبیه‌ساز");
    }

    @Test
    void aSimulatedPersonStartsRegisteringAndPicksAButton() throws Exception {
        long user = 424242;
        send(user, "{\"kind\":\"text\",\"text\":\"/start\"}");
        JsonNode menu = await(user, "چه کاری می‌خواهید");
        assertThat(menu.path("keyboard").path("kind").asString()).isEqualTo("REPLY");

        send(user, "{\"kind\":\"text\",\"text\":\"ثبت‌نام مدیر\"}");
        await(user, "نام خود را بنویسید");
        send(user, "{\"kind\":\"text\",\"text\":\"زهرا\"}");
        await(user, "نام خانوادگی");
        send(user, "{\"kind\":\"text\",\"text\":\"کریمی\"}");
        await(user, "کد ملی");
        send(user, "{\"kind\":\"text\",\"text\":\"0499370899\"}");
        await(user, "شمارهٔ همراه خود");
        send(user, "{\"kind\":\"contact\",\"phone\":\"09120000099\",\"ownContact\":true}");
        await(user, "تاریخ تولد");
        send(user, "{\"kind\":\"text\",\"text\":\"۱۳۸۲/۰۱/۱۵\"}");
        JsonNode gender = await(user, "جنسیت");
        String female = gender.path("keyboard").path("rows").get(1).get(0).path("data").asString();
        send(user, "{\"kind\":\"button\",\"data\":\"" + female + "\",\"messageId\":" + gender.path("id").asLong() + "}");
        await(user, "مدرک تحصیلی");
    }

    @Test
    void theDemoManagerTakesTheDemoCourseAndReceivesTheCertificate() throws Exception {
        long user = 515151;
        // The demo manager (Arak, Markazi) chatting from the simulator, as after registering there.
        jdbc.update("INSERT INTO person_chat (person_id, channel, chat_id, created_at) SELECT id, 'SIMULATOR', ?, "
                + "CURRENT_TIMESTAMP FROM person WHERE national_code = '0081234562'", user);
        send(user, "{\"kind\":\"text\",\"text\":\"آموزش\"}");
        JsonNode list = await(user, "آشنایی با اداره‌ی کانون");
        press(user, list, "آشنایی با اداره‌ی کانون");
        JsonNode lesson = await(user, "درس ۱ از ۳");
        press(user, lesson, "بعدی ◀");
        lesson = await(user, "درس ۲ از ۳");
        press(user, lesson, "بعدی ◀");
        lesson = await(user, "درس ۳ از ۳");
        press(user, lesson, "شروع آزمون");
        press(user, await(user, "پرسش ۱ از ۳"), "دوازده محور");
        press(user, await(user, "پرسش ۲ از ۳"), "پس از اجرای فعالیت، با شرکت‌کنندگان و عکس");
        press(user, await(user, "پرسش ۳ از ۳"), "ده عضو");
        await(user, "تبریک");
        JsonNode certificate = await(user, "کد تصدیق");
        assertThat(certificate.path("mediaKind").asString()).isEqualTo("PHOTO");
        HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(uri(certificate.path("mediaUrl").asString()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(await(user, "نسخه‌ی چاپی گواهی").path("mediaKind").asString()).isEqualTo("DOCUMENT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM certificate t JOIN person p ON p.id = t.person_id "
                + "WHERE p.national_code = '0081234562'", Integer.class)).isEqualTo(1);
    }

    /** Presses the inline button with this text under an entry, as the page does. */
    private void press(long user, JsonNode entry, String buttonText) throws Exception {
        for (JsonNode row : entry.path("keyboard").path("rows")) {
            for (JsonNode button : row) {
                if (button.path("text").asString().equals(buttonText)) {
                    send(user, "{\"kind\":\"button\",\"data\":\"" + button.path("data").asString()
                            + "\",\"messageId\":" + entry.path("id").asLong() + "}");
                    return;
                }
            }
        }
        throw new AssertionError("no button «" + buttonText + "» under " + entry);
    }

    /** The embedded default's "done when": demo-province's broadcast to Markazi reaches the demo's simulator people. */
    @Test
    void aBroadcastToMarkaziReachesTheDemosSimulatorPeopleWithItsPhoto() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 7, 7, 7};
        long photo = media.save(MediaKind.PHOTO, "poster.png", "image/png", png).id();
        long id = tx.execute(s -> broadcasts.save(new Broadcast("demo-province",
                new Segment(provinceOfArak(), null, SegmentRole.EVERYONE, null, null), "جشنوارهٔ استانی", photo,
                Instant.now())).getId());
        delivery.enqueue(id);
        for (long user : new long[] {2001, 2002, 2003}) {
            after = 0;
            JsonNode entry = await(user, "جشنوارهٔ استانی");
            assertThat(entry.path("mediaKind").asString()).isEqualTo("PHOTO");
            HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(uri(entry.path("mediaUrl").asString()))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.body()).isEqualTo(png);
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> delivery.progress(id).left() == 0);
        // Every row went out: the three demo people, and any other Markazi simulator chat an earlier test made.
        int rows = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE broadcast_id = ?", Integer.class, id);
        assertThat(rows).isGreaterThanOrEqualTo(3);
        assertThat(delivery.progress(id).sent()).isEqualTo(rows);
        assertThat(broadcasts.findById(id).orElseThrow().getStatus()).isEqualTo(BroadcastStatus.DONE);
    }

    private long provinceOfArak() {
        return jdbc.queryForObject("SELECT province_id FROM county WHERE code = '0001'", Long.class);
    }

    private void send(long user, String body) throws Exception {
        String json = body.replaceFirst("\\{", "{\"userId\":" + user + ",\"firstName\":\"زهرا\",");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/simulator/api/messages"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Polls as the page does until the bot says something containing the text. */
    private JsonNode await(long user, String contains) {
        List<String> seen = new ArrayList<>();
        try {
            return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> newMessage(user, contains, seen), Optional::isPresent).orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the simulator never said «" + contains + "»; it said " + seen, e);
        }
    }

    /** The page's one poll: what came since the last, and the first bot message containing the text. */
    private Optional<JsonNode> newMessage(long user, String contains, List<String> seen) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                uri("/simulator/api/messages?userId=" + user + "&after=" + after)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode entry : JSON.readTree(response.body())) {
            after = Math.max(after, entry.path("id").asLong());
            seen.add(entry.path("text").asString());
            if (entry.path("fromBot").asBoolean() && entry.path("text").asString().contains(contains)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
