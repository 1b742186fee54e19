package ir.kanoonyar.bot.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * getUpdates that never fails on one update it cannot map. TelegramBots maps the whole batch at
 * once, so a single odd update (Bale's forward_from_chat without a type) would make every poll fail
 * and be retried forever. Here each update is mapped alone; one that fails becomes a bare Update
 * with its id, and every update's raw JSON is handed over for storing as it came.
 */
final class LenientGetUpdates extends GetUpdates {

    private final transient ObjectMapper json;
    private final transient Map<Integer, String> rawById;

    LenientGetUpdates(int offset, int limit, int timeoutSeconds, ObjectMapper json, Map<Integer, String> rawById) {
        super(offset, limit, timeoutSeconds, List.of());
        this.json = json;
        this.rawById = rawById;
    }

    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
        JsonNode root;
        try {
            root = json.readTree(answer);
        } catch (Exception e) {
            throw new TelegramApiRequestException("Unable to read getUpdates answer", e);
        }
        if (!root.path("ok").asBoolean(false) || !root.path("result").isArray()) {
            return super.deserializeResponse(answer); // throws with the API's error
        }
        ArrayList<Update> updates = new ArrayList<>();
        for (JsonNode node : root.path("result")) {
            if (!node.path("update_id").canConvertToInt()) {
                continue;
            }
            int id = node.path("update_id").asInt();
            Update update;
            try {
                update = json.treeToValue(node, Update.class);
            } catch (Exception unmappable) {
                update = new Update();
                update.setUpdateId(id);
            }
            rawById.put(id, node.toString());
            updates.add(update);
        }
        return updates;
    }
}
