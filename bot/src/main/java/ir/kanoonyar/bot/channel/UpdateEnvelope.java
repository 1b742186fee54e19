package ir.kanoonyar.bot.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The few facts the inbox needs from a raw update before anything else reads it: its id and the
 * chat it belongs to. Read from the JSON tree, so an update TelegramBots cannot map (a Bale sample
 * without forward_from_chat.type, a type newer than the library) is still stored and acknowledged.
 *
 * @param chatId the private chat of a person, or null when the update is not for a conversation
 *               (a group, a channel post, a poll, an inline query…)
 */
public record UpdateEnvelope(long updateId, Long chatId, String json) {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[] MESSAGE_FIELDS = {"message", "edited_message"};

    public static UpdateEnvelope read(String json) throws MalformedUpdateException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedUpdateException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("update_id").canConvertToLong()) {
            throw new MalformedUpdateException("no update_id");
        }
        return new UpdateEnvelope(root.path("update_id").asLong(), privateChatOf(root), json);
    }

    private static Long privateChatOf(JsonNode root) {
        for (String field : MESSAGE_FIELDS) {
            JsonNode chat = root.path(field).path("chat");
            if (!chat.isMissingNode()) {
                return isPrivate(chat) ? chat.path("id").asLong() : null;
            }
        }
        JsonNode callback = root.path("callback_query");
        if (!callback.isMissingNode()) {
            JsonNode chat = callback.path("message").path("chat");
            if (!chat.isMissingNode()) {
                return isPrivate(chat) ? chat.path("id").asLong() : null;
            }
            // A button on an inline-mode message has no chat; the presser's private chat is their id.
            return callback.path("from").path("id").isNumber() ? callback.path("from").path("id").asLong() : null;
        }
        return null;
    }

    /** Bale sometimes leaves out chat.type; a positive id is a person's private chat there too. */
    private static boolean isPrivate(JsonNode chat) {
        String type = chat.path("type").asText("");
        return "private".equals(type) || (type.isEmpty() && chat.path("id").asLong() > 0);
    }

    public static final class MalformedUpdateException extends Exception {
        public MalformedUpdateException(String message) {
            super(message);
        }
    }
}
