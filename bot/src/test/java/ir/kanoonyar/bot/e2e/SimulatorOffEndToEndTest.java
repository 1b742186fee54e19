package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.outbox.Outbox;
import ir.kanoonyar.db.person.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bot as compose runs it (a messenger token, MariaDB, no simulator setting): the chat simulator
 * does not exist. Its page and its API answer 404, and a message still addressed to a simulator chat
 * fails at once with its reason instead of waiting in the outbox for ever.
 */
class SimulatorOffEndToEndTest extends EndToEnd {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePageAndItsApiAnswer404() throws Exception {
        assertThat(get("/simulator")).isEqualTo(404);
        assertThat(get("/simulator/api/messages?userId=2001")).isEqualTo(404);
        assertThat(get("/simulator/api/files/1")).isEqualTo(404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/simulator/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"userId\":666,\"kind\":\"contact\",\"phone\":\"09120000001\",\"ownContact\":true}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(bot.jdbc().queryForObject("SELECT COUNT(*) FROM inbound_update WHERE channel = 'SIMULATOR'",
                Integer.class)).isZero();
        // The bot itself is up and answering.
        assertThat(get("/actuator/health")).isEqualTo(200);
    }

    @Test
    void aMessageForASimulatorChatFailsCleanly() {
        // A chat id no earlier run used: the test database keeps its rows between runs.
        long chat = Chat.newPerson(api).userId;
        bot.bean(TransactionTemplate.class).executeWithoutResult(s -> bot.bean(Outbox.class)
                .enqueue(Channel.SIMULATOR, chat, null, "TEST", Reply.text("سلام")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(bot.jdbc().queryForMap(
                "SELECT status, last_error FROM outbox_message WHERE channel = 'SIMULATOR' AND chat_id = ?", chat))
                .isEqualTo(Map.of("status", "FAILED",
                        "last_error", "the chat simulator is off on this bot (kanoonyar.simulator.enabled=false)")));
    }

    private int get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + bot.port() + path);
    }
}
