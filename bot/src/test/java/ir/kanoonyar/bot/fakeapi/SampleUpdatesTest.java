package ir.kanoonyar.bot.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 64 sample updates of src/test/resources/telegram-updates/ go through the fake unchanged. */
class SampleUpdatesTest {

    /** The Bale sample whose forward_from_chat has no "type", which TelegramBots' Chat requires. */
    private static final String UNPARSABLE_BY_TELEGRAMBOTS = "063-bale-message-text.json";

    private FakeBotApi fake;

    @BeforeEach
    void start() {
        fake = new FakeBotApi().start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    static Map<String, String> samples() throws Exception {
        Path dir = Path.of(SampleUpdatesTest.class.getResource("/telegram-updates").toURI());
        Map<String, String> samples = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                samples.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return samples;
    }

    private static ObjectNode withoutUpdateId(JsonNode update) {
        ObjectNode copy = (ObjectNode) update.deepCopy();
        copy.remove("update_id");
        return copy;
    }

    @Test
    void everySampleIsDeliveredAsGivenWithAFreshUpdateId() throws Exception {
        Map<String, String> samples = samples();
        assertThat(samples).hasSize(64);
        Map<Integer, String> byId = new LinkedHashMap<>();
        for (Map.Entry<String, String> sample : samples.entrySet()) {
            byId.put(fake.enqueueRaw(sample.getValue()), sample.getKey());
        }
        assertThat(List.copyOf(byId.keySet())).isSorted().doesNotHaveDuplicates();

        // Raw HTTP, not TelegramBots' parser, in batches of 10 confirmed by offset.
        HttpClient http = HttpClient.newHttpClient();
        List<Integer> delivered = new ArrayList<>();
        int offset = 0;
        while (delivered.size() < samples.size()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/bot"
                    + fake.token() + "/getUpdates?limit=10&timeout=0&offset=" + offset)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = FakeBotApi.JSON.readTree(response.body());
            assertThat(body.get("ok").asBoolean()).isTrue();
            assertThat(body.get("result")).isNotEmpty().hasSizeLessThanOrEqualTo(10);
            for (JsonNode update : body.get("result")) {
                int id = update.get("update_id").asInt();
                String file = byId.get(id);
                assertThat(file).as("update %d", id).isNotNull();
                assertThat(withoutUpdateId(update)).as(file)
                        .isEqualTo(withoutUpdateId(FakeBotApi.JSON.readTree(samples.get(file))));
                assertThat(fake.updateJson(id)).isEqualTo(update.toString());
                delivered.add(id);
                offset = id + 1;
            }
        }
        assertThat(delivered).containsExactlyElementsOf(byId.keySet());
        assertThat(delivered).allSatisfy(id -> assertThat(fake.deliveries(id)).isEqualTo(1));

        http.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/bot" + fake.token() + "/getUpdates?offset=" + offset)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fake.pendingUpdates()).isZero();
    }

    @Test
    void telegramBotsParsesEverySampleButOneBaleForward() throws Exception {
        ObjectMapper mapper = new ObjectMapper(); // what TelegramBots' own deserialization uses
        List<String> unparsable = new ArrayList<>();
        for (Map.Entry<String, String> sample : samples().entrySet()) {
            try {
                mapper.readValue(sample.getValue(), Update.class);
            } catch (Exception e) {
                unparsable.add(sample.getKey());
            }
        }
        assertThat(unparsable).containsExactly(UNPARSABLE_BY_TELEGRAMBOTS);
    }

    /**
     * One update TelegramBots cannot read fails the whole getUpdates answer, so a TelegramBots long-polling
     * session never advances its offset past it: the fake keeps redelivering the batch.
     */
    @Test
    void oneUnparsableUpdateFailsTheWholeBatchForTelegramBots() throws Exception {
        int bad = fake.enqueueRaw(samples().get(UNPARSABLE_BY_TELEGRAMBOTS));
        int good = fake.sendText(101, "after the bad one");
        OkHttpTelegramClient client = new OkHttpTelegramClient(fake.token(),
                new TelegramUrl("http", "127.0.0.1", fake.port(), false));

        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThatThrownBy(() -> client.execute(GetUpdates.builder().offset(bad).timeout(0).build()))
                    .isInstanceOf(TelegramApiRequestException.class).hasMessageContaining("Unable to deserialize response");
        }
        assertThat(fake.deliveries(bad)).isEqualTo(2);
        assertThat(fake.deliveries(good)).isEqualTo(2);
        assertThat(fake.pendingUpdates()).isEqualTo(2);
        assertThat(client.execute(GetUpdates.builder().offset(good).timeout(0).build()))
                .extracting(u -> u.getMessage().getText()).containsExactly("after the bad one");
    }
}
