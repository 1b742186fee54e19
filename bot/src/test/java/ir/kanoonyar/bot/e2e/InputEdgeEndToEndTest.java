package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Through long polling, updates TelegramBots cannot map as they come are read leniently and answered
 * as usual; one that still cannot be read, or is larger than the limit, is kept FAILED with the reason
 * and its chat is told, never left in silence.
 */
class InputEdgeEndToEndTest extends EndToEnd {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HELP = "راهنمای کانون‌یار";
    static final String UNREADABLE = "این پیام شما را نتوانستیم بخوانیم";

    @Test
    void baleSampleWithAForwardedChatWithoutTypeIsAnswered() throws Exception {
        Chat person = Chat.newPerson(api);
        ObjectNode update = baleSample(person.userId, "/help");

        int id = api.enqueueRaw(update.toString());

        person.expectReply(id, HELP);
        assertThat(statusOf(id)).isEqualTo("DONE");
    }

    @Test
    void aChatWithoutTypeIsTakenAsThePrivateChatOfItsSender() {
        Chat person = Chat.newPerson(api);
        ObjectNode update = message(person.userId, "/help");
        ((ObjectNode) update.path("message").path("chat")).remove("type");

        int id = api.enqueueRaw(update.toString());

        person.expectReply(id, HELP);
        assertThat(statusOf(id)).isEqualTo("DONE");
    }

    @Test
    void anUpdateThatCannotBeReadIsKeptWithTheReasonAndItsChatIsTold() {
        Chat person = Chat.newPerson(api);
        ObjectNode update = message(person.userId, "/help");
        // A message id that is no number: no reading makes sense of it.
        ((ObjectNode) update.path("message")).putObject("message_id").put("x", 1);

        int id = api.enqueueRaw(update.toString());

        person.expectReply(id, UNREADABLE);
        Map<String, Object> row = row(id);
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat((String) row.get("last_error")).startsWith("unreadable: ").contains("[\"message_id\"]");
        // The bot still talks to this person.
        person.command("/help", HELP);
    }

    @Test
    void anUpdateOverTheLimitIsNotStoredWholeAndItsChatIsTold() {
        Chat person = Chat.newPerson(api);
        // 1.1 MB of text: over the default limit of 1 MB (KANOONYAR_WEBHOOK_MAX_BODY).
        ObjectNode update = message(person.userId, "س".repeat(600_000));

        int id = api.enqueueRaw(update.toString());

        api.awaitMessageTo(person.userId, Chat.textContains(UNREADABLE), Chat.PATIENCE);
        Map<String, Object> row = row(id);
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat((String) row.get("last_error")).contains("over the limit of 1048576");
        assertThat((String) row.get("payload")).hasSizeLessThan(100).contains("\"update_id\":" + id);
        person.command("/help", HELP);
    }

    static ObjectNode baleSample(long userId, String text) throws Exception {
        Path sample = Path.of("src/test/resources/telegram-updates/063-bale-message-text.json");
        ObjectNode update = (ObjectNode) JSON.readTree(Files.readString(sample, StandardCharsets.UTF_8));
        ObjectNode message = (ObjectNode) update.path("message");
        ((ObjectNode) message.path("from")).put("id", userId);
        ((ObjectNode) message.path("chat")).put("id", userId);
        message.put("text", text);
        return update;
    }

    static ObjectNode message(long userId, String text) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode message = update.putObject("message");
        message.put("message_id", 7);
        message.put("date", Instant.now().getEpochSecond());
        message.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "مهدی");
        message.putObject("chat").put("id", userId).put("type", "private").put("first_name", "مهدی");
        message.put("text", text);
        return update;
    }

    private static String statusOf(int updateId) {
        return (String) row(updateId).get("status");
    }

    private static Map<String, Object> row(int updateId) {
        return bot.jdbc().queryForMap("SELECT status, last_error, payload FROM inbound_update"
                + " WHERE channel = 'TELEGRAM' AND update_id = ?", updateId);
    }
}
