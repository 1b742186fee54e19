package ir.kanoonyar.bot.channel;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Maps an update's JSON to TelegramBots' {@link Update}, filling in what the library needs and a
 * messenger left out, so that a person gets a normal answer rather than silence:
 * <ul>
 * <li>an {@code update_id} above 2³¹ (TelegramBots keeps it in an Integer): the copy mapped here gets
 * 0, since the id that counts is the one stored with the update, as a long;</li>
 * <li>a chat without {@code type} (Bale leaves it out, e.g. in {@code forward_from_chat}): a positive id
 * is a person's private chat, a negative one a group or channel, which is how Telegram and Bale number
 * them;</li>
 * <li>a user without {@code first_name} or {@code is_bot} (Bale's {@code forward_from} has only an id):
 * an empty name, not a bot.</li>
 * </ul>
 * Only when the update still cannot be mapped is it refused, with the library's reason.
 */
final class LenientUpdateReader {

    private LenientUpdateReader() {
    }

    static Update read(ObjectMapper json, JsonNode raw) throws UpdateTranslator.UnreadableUpdateException {
        if (raw == null || !raw.isObject()) {
            throw new UpdateTranslator.UnreadableUpdateException("the update is not a JSON object");
        }
        ObjectNode update = raw.deepCopy();
        if (!update.path("update_id").canConvertToInt()) {
            update.put("update_id", 0);
        }
        try {
            return json.treeToValue(update, Update.class);
        } catch (Exception first) {
            if (fillMissingChatTypes(update) + fillMissingUserFields(update) == 0) {
                throw new UpdateTranslator.UnreadableUpdateException(reason(first));
            }
            try {
                return json.treeToValue(update, Update.class);
            } catch (Exception second) {
                throw new UpdateTranslator.UnreadableUpdateException(reason(second));
            }
        }
    }

    /** Gives every chat object without a type one; returns how many it changed. */
    static int fillMissingChatTypes(JsonNode node) {
        int filled = 0;
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (isChatField(field.getKey()) && value.isObject() && value.path("id").canConvertToLong()
                        && !value.hasNonNull("type")) {
                    ((ObjectNode) value).put("type", value.path("id").asLong() > 0 ? "private" : "group");
                    filled++;
                }
                filled += fillMissingChatTypes(value);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                filled += fillMissingChatTypes(element);
            }
        }
        return filled;
    }

    /** Gives every user object without a first name or is_bot an empty name and false; returns how many it changed. */
    static int fillMissingUserFields(JsonNode node) {
        int filled = 0;
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (USER_FIELDS.contains(field.getKey())) {
                    Iterable<JsonNode> users = value.isArray() ? value : List.of(value);
                    for (JsonNode user : users) {
                        filled += fillUser(user);
                    }
                }
                filled += fillMissingUserFields(value);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                filled += fillMissingUserFields(element);
            }
        }
        return filled;
    }

    private static int fillUser(JsonNode user) {
        if (!user.isObject() || !user.path("id").canConvertToLong()) {
            return 0;
        }
        int filled = 0;
        if (!user.hasNonNull("first_name")) {
            ((ObjectNode) user).put("first_name", "");
            filled++;
        }
        if (!user.hasNonNull("is_bot")) {
            ((ObjectNode) user).put("is_bot", false);
            filled++;
        }
        return filled;
    }

    /** The fields of Telegram's types that hold a User (or, new_chat_members, a list of them). */
    private static final Set<String> USER_FIELDS = Set.of("from", "forward_from", "user", "via_bot",
            "left_chat_member", "new_chat_members", "sender_business_bot");

    /** "chat", "forward_from_chat", "sender_chat", "sender_business_bot"… only the first three are chats. */
    private static boolean isChatField(String name) {
        return "chat".equals(name) || name.endsWith("_chat");
    }

    private static String reason(Exception e) {
        if (e instanceof JsonMappingException mapping) {
            // Where in the update, e.g. Update["message"]->Message["message_id"]: the one useful fact.
            return firstLine(mapping.getOriginalMessage()) + " at " + mapping.getPathReference();
        }
        return firstLine(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
