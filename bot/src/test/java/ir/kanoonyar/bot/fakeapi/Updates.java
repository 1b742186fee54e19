package ir.kanoonyar.bot.fakeapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the updates users cause, in the Bot API's shapes, without queueing them: each call takes the
 * fake's next update_id (and message id), and the fake remembers the update (for
 * {@link FakeBotApi#updateJson}, {@link FakeBotApi#awaitReplyTo}, callback query ids) and the message (so
 * that a later callback or edit carries it). {@link FakeBotApi#enqueue(ObjectNode)} queues one for
 * getUpdates; {@code toString()} gives the JSON to POST to a webhook. Obtain it with
 * {@link FakeBotApi#updates()}.
 */
public final class Updates {

    /** A leading bot command, as Telegram marks it with a bot_command entity. */
    private static final Pattern LEADING_COMMAND = Pattern.compile("^/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,})?(?![A-Za-z0-9_@])");
    private static final byte[] STICKER_BYTES = "RIFF\0\0\0\0WEBPVP8 fake sticker".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] VOICE_BYTES = "OggS\0\2fake voice".getBytes(StandardCharsets.ISO_8859_1);

    private final FakeBotApi fake;

    Updates(FakeBotApi fake) {
        this.fake = fake;
    }

    /** A private text message; a leading /command gets a bot_command entity. */
    public ObjectNode text(long userId, String text) {
        ObjectNode message = userMessage(userId, userId);
        message.put("text", text);
        commandEntity(message, text);
        return messageUpdate("message", userId, message);
    }

    /** "/start" (or "start") plus an optional payload separated by a space, with a bot_command entity. */
    public ObjectNode command(long userId, String command, String payloadOrNull) {
        String cmd = command.startsWith("/") ? command : "/" + command;
        String text = payloadOrNull == null ? cmd : cmd + " " + payloadOrNull;
        ObjectNode message = userMessage(userId, userId);
        message.put("text", text);
        ArrayNode entities = message.putArray("entities");
        entities.addObject().put("offset", 0).put("length", cmd.length()).put("type", "bot_command");
        return messageUpdate("message", userId, message);
    }

    /**
     * A contact: the user's own (contactUserId == userId, as a request_contact button sends), another
     * Telegram user's, or a phone-book entry without user_id (contactUserId null).
     */
    public ObjectNode contact(long userId, String phone, Long contactUserId) {
        ObjectNode message = userMessage(userId, userId);
        ObjectNode contact = message.putObject("contact");
        contact.put("phone_number", phone);
        contact.put("first_name", contactUserId == null ? "Contact" : fake.user(contactUserId).firstName());
        if (contactUserId != null) {
            contact.put("user_id", contactUserId);
        }
        return messageUpdate("message", userId, message);
    }

    public ObjectNode location(long userId, double latitude, double longitude) {
        ObjectNode message = userMessage(userId, userId);
        message.putObject("location").put("latitude", latitude).put("longitude", longitude);
        return messageUpdate("message", userId, message);
    }

    /** A photo in two sizes (thumbnail, full); each size's file_id serves these bytes. */
    public ObjectNode photo(long userId, byte[] bytes, String captionOrNull) {
        ObjectNode message = userMessage(userId, userId);
        FakeBotApi.StoredFile full = fake.storeFile(bytes, null, "image/jpeg", "photos");
        message.set("photo", fake.photoSizes(full));
        if (captionOrNull != null) {
            message.put("caption", captionOrNull);
        }
        return messageUpdate("message", userId, message);
    }

    public ObjectNode document(long userId, String fileName, String mimeType, byte[] bytes, String captionOrNull) {
        ObjectNode message = userMessage(userId, userId);
        FakeBotApi.StoredFile file = fake.storeFile(bytes, fileName, mimeType, "documents");
        message.set("document", FakeBotApi.documentJson(file));
        if (captionOrNull != null) {
            message.put("caption", captionOrNull);
        }
        return messageUpdate("message", userId, message);
    }

    public ObjectNode sticker(long userId) {
        ObjectNode message = userMessage(userId, userId);
        FakeBotApi.StoredFile file = fake.storeFile(STICKER_BYTES, null, "image/webp", "stickers");
        ObjectNode sticker = message.putObject("sticker");
        sticker.put("width", 512);
        sticker.put("height", 512);
        sticker.put("emoji", "\uD83D\uDC4D");
        sticker.put("set_name", "FakeStickers");
        sticker.put("is_animated", false);
        sticker.put("is_video", false);
        sticker.put("type", "regular");
        sticker.put("file_id", file.fileId());
        sticker.put("file_unique_id", file.fileUniqueId());
        sticker.put("file_size", file.bytes().length);
        return messageUpdate("message", userId, message);
    }

    public ObjectNode voice(long userId) {
        ObjectNode message = userMessage(userId, userId);
        FakeBotApi.StoredFile file = fake.storeFile(VOICE_BYTES, null, "audio/ogg", "voice");
        ObjectNode voice = message.putObject("voice");
        voice.put("duration", 1);
        voice.put("mime_type", "audio/ogg");
        voice.put("file_id", file.fileId());
        voice.put("file_unique_id", file.fileUniqueId());
        voice.put("file_size", file.bytes().length);
        return messageUpdate("message", userId, message);
    }

    /**
     * A callback_query for an inline button of message messageId in the user's private chat. Its message
     * is the fake's current copy when known (date 0, i.e. inaccessible, when the bot deleted it), else a
     * minimal message from the bot.
     */
    public ObjectNode callback(long userId, int messageId, String data) {
        ObjectNode query = FakeBotApi.JSON.createObjectNode();
        query.put("id", fake.nextCallbackQueryId());
        query.set("from", fake.userJson(userId));
        ObjectNode message = fake.knownMessage(userId, messageId);
        if (message == null) {
            message = FakeBotApi.JSON.createObjectNode();
            message.put("message_id", messageId);
            message.set("from", fake.botUserJson());
            message.set("chat", fake.chatJson(userId));
            message.put("date", fake.now());
        }
        query.set("message", message);
        query.put("chat_instance", String.valueOf(Math.abs(userId * 7919L + fake.botId())));
        query.put("data", data);
        return update("callback_query", query);
    }

    /** An edited_message: the user's message messageId (in their private chat) now reads newText. */
    public ObjectNode edit(long userId, int messageId, String newText) {
        ObjectNode message = fake.knownMessage(userId, messageId);
        if (message == null || message.path("date").asLong() == 0) {
            message = FakeBotApi.JSON.createObjectNode();
            message.put("message_id", messageId);
            message.set("from", fake.userJson(userId));
            message.set("chat", fake.chatJson(userId));
            message.put("date", fake.now());
        }
        message.put("edit_date", fake.now());
        message.put("text", newText);
        message.remove("entities");
        commandEntity(message, newText);
        return messageUpdate("edited_message", userId, message);
    }

    /** A text message from userId in a group (negative id; -100… is a supergroup). */
    public ObjectNode groupText(long groupChatId, long userId, String text) {
        if (groupChatId >= 0) {
            throw new IllegalArgumentException("group chat ids are negative: " + groupChatId);
        }
        ObjectNode message = userMessage(groupChatId, userId);
        message.put("text", text);
        commandEntity(message, text);
        return messageUpdate("message", groupChatId, message);
    }

    /** The my_chat_member update Telegram sends when the user blocks the bot (status member → kicked). */
    public ObjectNode botBlocked(long userId) {
        ObjectNode member = FakeBotApi.JSON.createObjectNode();
        member.set("chat", fake.chatJson(userId));
        member.set("from", fake.userJson(userId));
        member.put("date", fake.now());
        member.putObject("old_chat_member").<ObjectNode>set("user", fake.botUserJson()).put("status", "member");
        member.putObject("new_chat_member").<ObjectNode>set("user", fake.botUserJson()).put("status", "kicked")
                .put("until_date", 0);
        return update("my_chat_member", member);
    }

    private ObjectNode userMessage(long chatId, long userId) {
        ObjectNode message = FakeBotApi.JSON.createObjectNode();
        message.put("message_id", fake.nextMessageId());
        message.set("from", fake.userJson(userId));
        message.set("chat", fake.chatJson(chatId));
        message.put("date", fake.now());
        return message;
    }

    private static void commandEntity(ObjectNode message, String text) {
        Matcher m = LEADING_COMMAND.matcher(text);
        if (m.find()) {
            message.putArray("entities").addObject().put("offset", 0).put("length", m.end()).put("type", "bot_command");
        }
    }

    private ObjectNode messageUpdate(String field, long chatId, ObjectNode message) {
        fake.rememberMessage(chatId, message);
        return update(field, message);
    }

    private ObjectNode update(String field, ObjectNode payload) {
        ObjectNode update = FakeBotApi.JSON.createObjectNode();
        update.put("update_id", fake.nextUpdateId());
        update.set(field, payload);
        fake.recordUpdate(update);
        return update;
    }
}
