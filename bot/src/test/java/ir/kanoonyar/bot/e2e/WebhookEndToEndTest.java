package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import ir.kanoonyar.bot.fakeapi.FakeBotApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The bot in webhook mode on Telegram and Bale, each with a fake Bot API. */
class WebhookEndToEndTest {

    static final String SECRET = "s3cret-s3cret-s3cret";
    static final JsonMapper JSON = JsonMapper.builder().build();

    static FakeBotApi telegram;
    static FakeBotApi bale;
    static RunningBot bot;
    /** A second instance on the same database, as behind a load balancer. */
    static RunningBot other;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        telegram = new FakeBotApi().freshUpdateIds().start();
        bale = new FakeBotApi(FakeBotApi.testToken(8000000002L)).botUsername("kanoonyar_bale_bot").freshUpdateIds().start();
        Map<String, Object> webhook = Map.of(
                "kanoonyar.bot.mode", "webhook",
                "kanoonyar.bot.webhook-secret", SECRET,
                "kanoonyar.bot.public-url", "https://bot.example.ir/",
                "kanoonyar.bot.bale.token", bale.token(),
                "kanoonyar.bot.bale.api-url", bale.baseUrl());
        bot = RunningBot.start(telegram, webhook);
        other = RunningBot.start(telegram, webhook);
    }

    @AfterAll
    static void stop() {
        other.close();
        bot.close();
        telegram.close();
        bale.close();
    }

    @Test
    void twoInstancesAnswerOneChatInTheOrderItWrote() throws Exception {
        long user = newUser();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean help = i % 2 == 0;
            // Alternate instances, as a load balancer would, without waiting for answers.
            RunningBot target = i % 2 == 0 ? bot : other;
            HttpResponse<String> response = post(target, "/webhook/telegram", SECRET,
                    help ? helpCommand(user) : menuCommand(user));
            assertThat(response.statusCode()).isEqualTo(200);
            expected.add(help ? "راهنمای کانون‌یار" : "چه کاری می‌خواهید");
        }
        await().atMost(Chat.PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> telegram.messagesTo(user).size() >= 6);
        List<String> got = telegram.messagesTo(user).stream().map(m -> m.text()).toList();
        assertThat(got).hasSize(6);
        for (int i = 0; i < 6; i++) {
            assertThat(got.get(i)).as("reply " + (i + 1) + " of " + got).contains(expected.get(i));
        }
    }

    @Test
    void registersItsWebhooksAtStart() {
        assertThat(telegram.webhookUrl()).isEqualTo("https://bot.example.ir/webhook/telegram");
        assertThat(telegram.webhookSecret()).isEqualTo(SECRET);
        // Bale sends no secret header: the secret is in the path.
        assertThat(bale.webhookUrl()).isEqualTo("https://bot.example.ir/webhook/bale/" + SECRET);
    }

    @Test
    void aTelegramUpdateWithTheRightSecretIsStoredAndAnswered() throws Exception {
        long user = newUser();
        String update = helpCommand(user);
        assertThat(post("/webhook/telegram", SECRET, update).statusCode()).isEqualTo(200);
        telegram.awaitMessageTo(user, "راهنمای کانون‌یار", Chat.PATIENCE);
    }

    @Test
    void anUpdateSentTwiceIsStoredAndAnsweredOnce() throws Exception {
        long user = newUser();
        String update = helpCommand(user);
        long id = JSON.readTree(update).path("update_id").asLong();
        // Telegram posts an update again when it did not see our 200 in time.
        assertThat(post("/webhook/telegram", SECRET, update).statusCode()).isEqualTo(200);
        assertThat(post("/webhook/telegram", SECRET, update).statusCode()).isEqualTo(200);
        telegram.awaitMessageTo(user, "راهنمای کانون‌یار", Chat.PATIENCE);
        // Updates of one chat are handled in order: once a later one is answered, the repeat was seen.
        post("/webhook/telegram", SECRET, menuCommand(user));
        telegram.awaitMessageTo(user, "چه کاری می‌خواهید", Chat.PATIENCE);

        assertThat(telegram.messagesTo(user)).filteredOn(m -> m.text().contains("راهنمای کانون‌یار")).hasSize(1);
        assertThat(bot.jdbc().queryForObject("SELECT COUNT(*) FROM inbound_update WHERE update_id = ?",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void wrongOrMissingSecretsAre401AndNothingIsStored() throws Exception {
        long user = newUser();
        String update = helpCommand(user);
        long id = JSON.readTree(update).path("update_id").asLong();
        assertThat(post("/webhook/telegram", "wrong-secret-wrong", update).statusCode()).isEqualTo(401);
        assertThat(post("/webhook/telegram", null, update).statusCode()).isEqualTo(401);
        assertThat(post("/webhook/bale/not-the-secret", null, update).statusCode()).isEqualTo(401);
        assertThat(bot.jdbc().queryForObject("SELECT COUNT(*) FROM inbound_update WHERE update_id = ?",
                Integer.class, id)).isZero();
    }

    @Test
    void baleUpdatesComeInThroughTheSecretPathAndAreAnsweredOnBale() throws Exception {
        long user = newUser();
        assertThat(post("/webhook/bale/" + SECRET, null, helpCommand(user)).statusCode()).isEqualTo(200);
        bale.awaitMessageTo(user, "راهنمای کانون‌یار", Chat.PATIENCE);
        assertThat(telegram.messagesTo(user)).isEmpty();
    }

    @Test
    void everySampleUpdateIsAcceptedAndNoneIsLeftUnhandled() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/telegram-updates"))) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(samples).hasSize(64);
        long firstId = ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000_000);
        long id = firstId;
        for (Path sample : samples) {
            // The samples reuse update ids among themselves: give each its own, as Telegram would.
            ObjectNode update = (ObjectNode) JSON.readTree(Files.readString(sample, StandardCharsets.UTF_8));
            update.put("update_id", id++);
            HttpResponse<String> response = post("/webhook/telegram", SECRET, update.toString());
            assertThat(response.statusCode()).as(sample.getFileName().toString()).isEqualTo(200);
        }
        long lastId = id - 1;
        assertThat(bot.jdbc().queryForObject("SELECT COUNT(*) FROM inbound_update WHERE channel = 'TELEGRAM' "
                + "AND update_id BETWEEN ? AND ?", Integer.class, firstId, lastId)).isEqualTo(64);
        await().atMost(Chat.PATIENCE).untilAsserted(() -> assertThat(bot.jdbc().queryForObject(
                "SELECT COUNT(*) FROM inbound_update WHERE channel = 'TELEGRAM' AND update_id BETWEEN ? AND ?"
                        + " AND status = 'RECEIVED'", Integer.class, firstId, lastId)).as("updates still waiting").isZero());
        // The Bale sample TelegramBots cannot map as it comes is read leniently: none is left FAILED.
        assertThat(bot.jdbc().queryForList("SELECT status FROM inbound_update WHERE channel = 'TELEGRAM' "
                + "AND update_id BETWEEN ? AND ? AND status = 'FAILED'", String.class, firstId, lastId)).isEmpty();
        // And the bot still talks.
        long user = newUser();
        post("/webhook/telegram", SECRET, helpCommand(user));
        telegram.awaitMessageTo(user, "راهنمای کانون‌یار", Chat.PATIENCE);
    }

    @Test
    void aWrongSecretIsRefusedBeforeAnyOfALargeBodyIsRead() throws Exception {
        // 100 MB announced and none of it sent: only an answer that reads nothing of the body comes back.
        long hundredMegabytes = 100L * 1024 * 1024;
        assertThat(statusOfUnsentBody("/webhook/telegram", "wrong-secret-wrong", hundredMegabytes)).isEqualTo(401);
        assertThat(statusOfUnsentBody("/webhook/telegram", null, hundredMegabytes)).isEqualTo(401);
        assertThat(statusOfUnsentBody("/webhook/bale/not-the-secret", null, hundredMegabytes)).isEqualTo(401);
    }

    @Test
    void aBodyOverTheLimitIs413WithTheRightSecretWithoutReadingIt() throws Exception {
        assertThat(statusOfUnsentBody("/webhook/telegram", SECRET, 1024 * 1024 + 1)).isEqualTo(413);
        assertThat(statusOfUnsentBody("/webhook/bale/" + SECRET, null, 17L * 1024 * 1024)).isEqualTo(413);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndNothingIsStored() throws Exception {
        long user = newUser();
        long id = ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000_000);
        // A well-formed update of 1.1 MB, sent without a length, as a proxy may forward it.
        String update = "{\"update_id\": " + id + ", \"message\": {\"message_id\": 7, \"date\": 1,"
                + " \"from\": {\"id\": " + user + ", \"is_bot\": false, \"first_name\": \"x\"},"
                + " \"chat\": {\"id\": " + user + ", \"type\": \"private\"}, \"text\": \""
                + "a".repeat(1_100_000) + "\"}}";
        try (Socket socket = new Socket("127.0.0.1", bot.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /webhook/telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "X-Telegram-Bot-Api-Secret-Token: " + SECRET + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] body = update.getBytes(StandardCharsets.UTF_8);
            for (int at = 0; at < body.length; at += 65_536) {
                int length = Math.min(65_536, body.length - at);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, at, length);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(statusLine(socket.getInputStream())).isEqualTo(413);
        }
        assertThat(bot.jdbc().queryForObject("SELECT COUNT(*) FROM inbound_update WHERE update_id = ?",
                Integer.class, id)).isZero();
    }

    @Test
    void anUpdateIdAboveTwoToTheThirtyFirstIsStoredAndAnswered() throws Exception {
        long user = newUser();
        long id = 3_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String update = helpCommand(user).replaceFirst("\"update_id\": \\d+", "\"update_id\": " + id);
        assertThat(update).contains(String.valueOf(id));

        assertThat(post("/webhook/telegram", SECRET, update).statusCode()).isEqualTo(200);

        telegram.awaitMessageTo(user, "راهنمای کانون‌یار", Chat.PATIENCE);
        assertThat(bot.jdbc().queryForObject("SELECT status FROM inbound_update WHERE update_id = ?", String.class, id))
                .isEqualTo("DONE");
    }

    @Test
    void theBaleSampleAndAChatWithoutTypeAreAnsweredThroughTheWebhook() throws Exception {
        long baleUser = newUser();
        assertThat(post("/webhook/telegram", SECRET,
                InputEdgeEndToEndTest.baleSample(baleUser, "/help").put("update_id", freshId()).toString())
                .statusCode()).isEqualTo(200);
        telegram.awaitMessageTo(baleUser, "راهنمای کانون‌یار", Chat.PATIENCE);

        long untyped = newUser();
        var update = InputEdgeEndToEndTest.message(untyped, "/help");
        update.withObject("/message/chat").remove("type");
        assertThat(post("/webhook/telegram", SECRET,
                update.put("update_id", freshId()).toString()).statusCode()).isEqualTo(200);
        telegram.awaitMessageTo(untyped, "راهنمای کانون‌یار", Chat.PATIENCE);
    }

    /** Sends only the request's head, announcing a body of {@code length} bytes, and reads the status. */
    private static int statusOfUnsentBody(String path, String secret, long length) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", bot.port())) {
            // Generous for a busy machine; a server that waits for the body never answers at all.
            socket.setSoTimeout(60_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + (secret == null ? "" : "X-Telegram-Bot-Api-Secret-Token: " + secret + "\r\n")
                    + "Content-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return statusLine(socket.getInputStream());
        }
    }

    private static int statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        // "HTTP/1.1 401 " or "HTTP/1.1 401 Unauthorized"
        return Integer.parseInt(line.toString().split(" ")[1].strip());
    }

    private static long freshId() {
        return ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000_000);
    }

    private static long newUser() {
        return 900_000_000L + ThreadLocalRandom.current().nextLong(90_000_000L);
    }

    private static String helpCommand(long user) {
        return command(user, "/help");
    }

    private static String menuCommand(long user) {
        return command(user, "/menu");
    }

    private static String command(long user, String command) {
        // Telegram's update ids fit an int (TelegramBots reads them as Integer).
        long id = ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000_000);
        return """
                {"update_id": %d, "message": {"message_id": 7, "date": %d,
                 "from": {"id": %d, "is_bot": false, "first_name": "مهدی"},
                 "chat": {"id": %d, "type": "private", "first_name": "مهدی"},
                 "text": "%s", "entities": [{"type": "bot_command", "offset": 0, "length": %d}]}}
                """.formatted(id, Instant.now().getEpochSecond(), user, user, command, command.length());
    }

    private static HttpResponse<String> post(String path, String secret, String body)
            throws IOException, InterruptedException {
        return post(bot, path, secret, body);
    }

    private static HttpResponse<String> post(RunningBot target, String path, String secret, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
