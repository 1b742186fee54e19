package ir.kanoonyar.bot.channel;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.db.person.Channel;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.Voice;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/**
 * Turns a stored update (Telegram's JSON, which Bale and the simulator share) into the conversation
 * core's {@link Incoming}. Empty for what is not a person talking to the bot in a private chat:
 * edits, groups, channel posts, polls, reactions.
 */
@Component
public class UpdateTranslator {

    private final ObjectMapper json = Messenger.jackson2();

    /** @throws UnreadableUpdateException when TelegramBots cannot map the JSON, even read leniently */
    public Optional<Incoming> translate(Channel channel, String rawJson) throws UnreadableUpdateException {
        JsonNode tree;
        try {
            tree = json.readTree(rawJson);
        } catch (Exception e) {
            throw new UnreadableUpdateException("not JSON: " + e.getMessage());
        }
        Update update = LenientUpdateReader.read(json, tree);
        if (update.hasCallbackQuery()) {
            return fromCallback(channel, update.getCallbackQuery());
        }
        if (update.hasMessage()) {
            return fromMessage(channel, update.getMessage());
        }
        return Optional.empty();
    }

    private static Optional<Incoming> fromCallback(Channel channel, CallbackQuery callback) {
        User from = callback.getFrom();
        Integer messageId = null;
        long chatId = from.getId();
        if (callback.getMessage() != null) {
            messageId = callback.getMessage().getMessageId();
            chatId = callback.getMessage().getChatId();
            if (chatId < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new Incoming(channel, chatId, from.getId(), from.getFirstName(),
                new Incoming.ButtonPressed(callback.getId(), callback.getData(), messageId)));
    }

    private static Optional<Incoming> fromMessage(Channel channel, Message message) {
        if (message.getChat() == null || message.getChatId() < 0
                || (message.getChat().getType() != null && !"private".equals(message.getChat().getType()))) {
            return Optional.empty();
        }
        User from = message.getFrom();
        long userId = from == null ? message.getChatId() : from.getId();
        String firstName = from == null ? null : from.getFirstName();
        return Optional.of(new Incoming(channel, message.getChatId(), userId, firstName, contentOf(message)));
    }

    static Incoming.Content contentOf(Message message) {
        if (message.hasText()) {
            String text = message.getText().strip();
            if (text.startsWith("/") && text.length() > 1) {
                return command(text);
            }
            return new Incoming.Text(message.getText());
        }
        if (message.hasContact()) {
            return new Incoming.ContactShared(message.getContact().getPhoneNumber(), message.getContact().getUserId());
        }
        if (message.hasLocation()) {
            return new Incoming.LocationShared(message.getLocation().getLatitude(),
                    message.getLocation().getLongitude());
        }
        if (message.hasPhoto()) {
            List<PhotoSize> sizes = message.getPhoto();
            PhotoSize largest = sizes.stream()
                    .max(Comparator.comparing(s -> s.getFileSize() == null ? 0 : s.getFileSize()))
                    .orElse(sizes.get(sizes.size() - 1));
            return new Incoming.FileShared(Incoming.FileKind.PHOTO, largest.getFileId(), null, "image/jpeg",
                    largest.getFileSize() == null ? null : largest.getFileSize().longValue());
        }
        if (message.hasDocument()) {
            Document d = message.getDocument();
            return new Incoming.FileShared(Incoming.FileKind.DOCUMENT, d.getFileId(), d.getFileName(),
                    d.getMimeType(), d.getFileSize());
        }
        if (message.hasVoice()) {
            Voice v = message.getVoice();
            return new Incoming.FileShared(Incoming.FileKind.VOICE, v.getFileId(), null, v.getMimeType(),
                    v.getFileSize());
        }
        return new Incoming.Unsupported(describe(message));
    }

    /** "/start abc" → start + "abc"; "/Menu@kanoonyar_bot" → menu. */
    static Incoming.Command command(String text) {
        int space = text.indexOf(' ');
        String head = space < 0 ? text.substring(1) : text.substring(1, space);
        String args = space < 0 ? "" : text.substring(space + 1).strip();
        int at = head.indexOf('@');
        if (at >= 0) {
            head = head.substring(0, at);
        }
        return new Incoming.Command(head.toLowerCase(Locale.ROOT), args);
    }

    private static String describe(Message message) {
        if (message.hasSticker()) {
            return "sticker";
        }
        if (message.hasVoice()) {
            return "voice";
        }
        if (message.hasVideo() || message.hasVideoNote()) {
            return "video";
        }
        if (message.hasAudio()) {
            return "audio";
        }
        if (message.hasPoll()) {
            return "poll";
        }
        return "other";
    }

    /** TelegramBots could not map the update's JSON. */
    public static final class UnreadableUpdateException extends Exception {
        public UnreadableUpdateException(String message) {
            super(message);
        }
    }
}
