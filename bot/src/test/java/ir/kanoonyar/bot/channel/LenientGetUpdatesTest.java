package ir.kanoonyar.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * getUpdates as long polling sends and reads it: every update of a batch comes through however odd,
 * and update ids above 2³¹ (which TelegramBots keeps in an int) are counted as longs.
 */
class LenientGetUpdatesTest {

    private final ObjectMapper json = Messenger.jackson2();

    @Test
    void updateIdsAboveTwoToTheThirtyFirstAreKeptAsLongsAndAcknowledgedOnceStored() throws Exception {
        LenientGetUpdates.Offset offset = new LenientGetUpdates.Offset();
        LenientGetUpdates request = new LenientGetUpdates(offset, 100, 50, json);
        assertThat(sent(request).path("offset").asLong()).isEqualTo(1);

        List<Update> updates = request.deserializeResponse("""
                {"ok": true, "result": [
                  {"update_id": 3000000001, "message": {"message_id": 1, "date": 1,
                    "chat": {"id": 42, "type": "private"}, "from": {"id": 42, "is_bot": false, "first_name": "x"},
                    "text": "/help"}},
                  {"update_id": 3000000002, "message": {"message_id": 2, "date": 1,
                    "chat": {"id": 42}, "from": {"id": 42, "is_bot": false, "first_name": "x"}, "text": "سلام"}}]}
                """);

        assertThat(updates).hasSize(2);
        assertThat(updates.get(0).getMessage().getText()).isEqualTo("/help");
        // The chat without a type is a person's private chat: read, not dropped.
        assertThat(updates.get(1).getMessage().getChat().getType()).isEqualTo("private");
        // The poller sees rising stand-in ids; the real ones come back with the raw JSON.
        assertThat(updates.get(1).getUpdateId()).isGreaterThan(updates.get(0).getUpdateId());
        LenientGetUpdates.RawUpdate first = offset.take(updates.get(0).getUpdateId());
        LenientGetUpdates.RawUpdate second = offset.take(updates.get(1).getUpdateId());
        assertThat(first.updateId()).isEqualTo(3_000_000_001L);
        assertThat(second.updateId()).isEqualTo(3_000_000_002L);
        assertThat(json.readTree(second.json()).path("message").path("text").asText()).isEqualTo("سلام");

        // Nothing is acknowledged before it is stored; then the next poll asks from the last id + 1.
        assertThat(sent(new LenientGetUpdates(offset, 100, 50, json)).path("offset").asLong()).isEqualTo(1);
        offset.stored(first.updateId());
        offset.stored(second.updateId());
        JsonNode next = sent(new LenientGetUpdates(offset, 100, 50, json));
        assertThat(next.path("offset").asLong()).isEqualTo(3_000_000_003L);
        assertThat(next.path("limit").asInt()).isEqualTo(100);
        assertThat(next.path("timeout").asInt()).isEqualTo(50);
        assertThat(next.path("method").asText()).isEqualTo("getupdates");
    }

    @Test
    void anUpdateThatCannotBeMappedStillComesThroughWithItsRawJson() throws Exception {
        LenientGetUpdates.Offset offset = new LenientGetUpdates.Offset();
        List<Update> updates = new LenientGetUpdates(offset, 100, 50, json).deserializeResponse("""
                {"ok": true, "result": [{"update_id": 5, "message": {"message_id": {"x": 1}, "date": 1,
                  "chat": {"id": 42, "type": "private"}, "text": "x"}}]}
                """);

        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).getMessage()).isNull();
        assertThat(offset.take(updates.get(0).getUpdateId()).json()).contains("\"message_id\":{\"x\":1}");
    }

    private JsonNode sent(LenientGetUpdates request) throws Exception {
        // As TelegramBots' poller writes the request body.
        return json.readTree(json.writeValueAsString(request));
    }
}
