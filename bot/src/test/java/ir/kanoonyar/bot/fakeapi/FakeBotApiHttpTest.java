package ir.kanoonyar.bot.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The fake over raw HTTP: wire shapes, content types and paths the TelegramBots client does not exercise. */
class FakeBotApiHttpTest {

    private static final long USER = 55L;

    private FakeBotApi fake;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        fake = new FakeBotApi().start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private record Answer(int status, JsonNode body) {
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return new Answer(response.statusCode(), FakeBotApi.JSON.readTree(response.body()));
    }

    private Answer post(String path, String contentType, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private Answer postJson(String method, String json) throws Exception {
        return post("/bot" + fake.token() + "/" + method, "application/json", json);
    }

    private Answer get(String pathAndQuery) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + pathAndQuery)).GET());
    }

    private static JsonNode json(String text) throws Exception {
        return FakeBotApi.JSON.readTree(text);
    }

    private static String form(String... namesAndValues) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (s.length() > 0) {
                s.append('&');
            }
            s.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    @Test
    void methodNamesAreMatchedCaseInsensitively() throws Exception {
        Answer sent = postJson("SENDMESSAGE", "{\"chat_id\":55,\"text\":\"hi\"}");

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body().get("ok").asBoolean()).isTrue();
        JsonNode message = sent.body().get("result");
        assertThat(message.get("message_id").asInt()).isPositive();
        assertThat(message.get("text").asText()).isEqualTo("hi");
        assertThat(message.get("chat")).isEqualTo(json("{\"id\":55,\"first_name\":\"User 55\",\"type\":\"private\"}"));
        assertThat(message.get("from").get("username").asText()).isEqualTo("kanoonyar_test_bot");
        assertThat(fake.calls("sendMessage")).singleElement().satisfies(c -> assertThat(c.method()).isEqualTo("sendMessage"));

        assertThat(get("/bot" + fake.token() + "/GeTmE").body().at("/result/is_bot").asBoolean()).isTrue();
        assertThat(postJson("getupdates", "{}").body()).isEqualTo(json("{\"ok\":true,\"result\":[]}"));
    }

    @Test
    void formBodiesAndQueryStringsCarryParametersWithJsonFieldsParsed() throws Exception {
        String markup = "{\"inline_keyboard\":[[{\"text\":\"بله\",\"callback_data\":\"yes\"}]]}";
        Answer answer = post("/bot" + fake.token() + "/sendMessage", "application/x-www-form-urlencoded",
                form("chat_id", "55", "text", "سلام، خوش آمدید & welcome", "reply_markup", markup, "parse_mode", "HTML"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().at("/result/reply_markup")).isEqualTo(json(markup));
        SentMessage sent = fake.messagesTo(USER).get(0);
        assertThat(sent.text()).isEqualTo("سلام، خوش آمدید & welcome");
        assertThat(sent.callbackDataOf("بله")).isEqualTo("yes");
        assertThat(sent.parseMode()).isEqualTo("HTML");

        Answer viaQuery = get("/bot" + fake.token() + "/sendMessage?" + form("chat_id", "-4001", "text", "group hello"));
        assertThat(viaQuery.body().at("/result/chat/type").asText()).isEqualTo("group");
        assertThat(fake.messagesTo(-4001L)).extracting(SentMessage::text).containsExactly("group hello");
    }

    @Test
    void aMultipartFileMayAlsoComeUnderTheFieldNameItself() throws Exception {
        String boundary = "----fake-boundary-42";
        byte[] pdf = {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xff, '\r', '\n', '-', '-'};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n55\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nقرارداد\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"; filename=\"contract.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(pdf);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        Answer answer = send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/bot" + fake.token() + "/sendDocument"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().at("/result/document/file_name").asText()).isEqualTo("contract.pdf");
        assertThat(answer.body().at("/result/document/mime_type").asText()).isEqualTo("application/pdf");
        assertThat(answer.body().at("/result/document/file_size").asInt()).isEqualTo(pdf.length);
        SentMessage sent = fake.messagesTo(USER).get(0);
        assertThat(sent.fileBytes()).isEqualTo(pdf);
        assertThat(sent.caption()).isEqualTo("قرارداد");
        assertThat(fake.calls("sendDocument").get(0).files()).extracting(UploadedFile::field).containsExactly("document");
    }

    @Test
    void errorsHaveTheRealShapesAndStatuses() throws Exception {
        String token = fake.token();
        assertThat(postJson("sendSticker", "{}")).isEqualTo(new Answer(404,
                json("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}")));
        assertThat(post("/bot123:nope/sendMessage", "application/json", "{\"chat_id\":1,\"text\":\"x\"}")).isEqualTo(new Answer(401,
                json("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}")));
        assertThat(get("/favicon.ico")).isEqualTo(new Answer(404,
                json("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}")));

        fake.failNext("sendMessage", 1, 429, 3);
        assertThat(postJson("sendMessage", "{\"chat_id\":55,\"text\":\"x\"}")).isEqualTo(new Answer(429,
                json("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 3\",\"parameters\":{\"retry_after\":3}}")));

        fake.blockChat(USER);
        assertThat(postJson("sendMessage", "{\"chat_id\":55,\"text\":\"x\"}")).isEqualTo(new Answer(403,
                json("{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}")));
        fake.unblockChat(USER);

        assertThat(postJson("sendMessage", "{\"chat_id\":55,\"text\":\"  \"}").body().get("description").asText())
                .isEqualTo("Bad Request: message text is empty");
        assertThat(postJson("sendMessage", "{\"text\":\"x\"}").body().get("description").asText())
                .isEqualTo("Bad Request: chat_id is empty");
        assertThat(postJson("sendMessage", "{\"chat_id\":55,\"text\":\"" + "x".repeat(4097) + "\"}").body().get("description").asText())
                .isEqualTo("Bad Request: message is too long");
        // 33 Persian letters are 66 UTF-8 bytes: over the 64-byte limit of callback_data.
        assertThat(postJson("sendMessage", "{\"chat_id\":55,\"text\":\"x\",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"a\",\"callback_data\":\""
                + "ب".repeat(33) + "\"}]]}}").body().get("description").asText()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");
        assertThat(postJson("sendMessage", "{not json")).isEqualTo(new Answer(400,
                json("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse JSON object\"}")));
        assertThat(postJson("getFile", "{\"file_id\":\"nope\"}").body().get("description").asText())
                .isEqualTo("Bad Request: invalid file_id");
        assertThat(fake.messagesTo(USER)).isEmpty();

        assertThat(get("/file/bot" + token + "/documents/nothing.pdf").status()).isEqualTo(404);
        assertThat(get("/file/bot123:nope/documents/nothing.pdf").status()).isEqualTo(401);
        assertThat(fake.calls()).filteredOn(c -> !c.ok()).hasSize(12); // every failure but the non-API path
    }

    @Test
    void getUpdatesTakesQueryParametersAndANegativeOffset() throws Exception {
        int first = fake.sendText(USER, "one");
        fake.sendText(USER, "two");
        int third = fake.sendText(USER, "three");

        JsonNode limited = get("/bot" + fake.token() + "/getUpdates?limit=1&timeout=0").body().get("result");
        assertThat(limited).hasSize(1);
        assertThat(limited.get(0).get("update_id").asInt()).isEqualTo(first);

        // offset -1: only the last update is kept, the earlier ones are forgotten
        JsonNode last = get("/bot" + fake.token() + "/getUpdates?offset=-1").body().get("result");
        assertThat(last).hasSize(1);
        assertThat(last.get(0).at("/message/text").asText()).isEqualTo("three");
        assertThat(fake.pendingUpdates()).isEqualTo(1);
        assertThat(fake.deliveries(third)).isEqualTo(1);
    }

    @Test
    void closingReleasesAWaitingLongPollAndCanBeRepeated() throws Exception {
        fake.longPollCap(Duration.ofSeconds(30));
        CompletableFuture<HttpResponse<String>> poll = http.sendAsync(HttpRequest.newBuilder(
                URI.create(fake.baseUrl() + "/bot" + fake.token() + "/getUpdates?timeout=50")).build(),
                HttpResponse.BodyHandlers.ofString());
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10)).until(() -> fake.waitingPolls() > 0);
        assertThat(fake.waitingPolls()).isOne();

        fake.close();

        // The poll ends now (an empty answer or a dropped connection), not at the 30 s cap.
        assertThat(poll.handle((response, error) -> true).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(fake.waitingPolls()).isZero();
        fake.close();
    }

    @Test
    void aBuiltUpdateCanBeQueuedLaterButNotBelowTheConfirmedOffset() throws Exception {
        var early = fake.updates().text(USER, "built first");
        int later = fake.sendText(USER, "queued first");
        assertThat(fake.enqueue(early)).isLessThan(later);
        JsonNode result = postJson("getUpdates", "{}").body().get("result");
        assertThat(result).extracting(u -> u.at("/message/text").asText()).containsExactly("built first", "queued first");

        postJson("getUpdates", "{\"offset\":" + (later + 1) + "}");
        var stale = fake.updates().text(USER, "too late");
        stale.put("update_id", later);
        assertThatThrownBy(() -> fake.enqueue(stale))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
