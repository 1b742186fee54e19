package ir.kanoonyar.bot.conversation;

import java.util.Objects;

import ir.kanoonyar.db.person.Channel;

/**
 * What a person sent, in the conversation core's own terms: the channel adapters translate
 * Telegram's and Bale's updates (and the simulator's posts) into this, so nothing past them sees a
 * messenger type.
 *
 * @param userId the sender's messenger user id (equals chatId in a private chat)
 */
public record Incoming(Channel channel, long chatId, long userId, String firstName, Content content) {

    public Incoming {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(content, "content");
    }

    /** What the message carried. */
    public sealed interface Content {
    }

    /** Typed text that is not a command. */
    public record Text(String text) implements Content {
    }

    /** "/start payload", "/menu"… name without the slash, lower case; args may be empty. */
    public record Command(String name, String args) implements Content {
    }

    /** A shared contact; contactUserId is whose contact it is (null when not a messenger user). */
    public record ContactShared(String phoneNumber, Long contactUserId) implements Content {
    }

    public record LocationShared(double latitude, double longitude) implements Content {
    }

    /** A photo, document or voice note; the bytes are fetched later with the messenger's getFile. */
    public record FileShared(FileKind kind, String fileId, String fileName, String mimeType, Long sizeBytes)
            implements Content {
    }

    /** An inline button was pressed; messageId is the message that carried the keyboard. */
    public record ButtonPressed(String callbackId, String data, Integer messageId) implements Content {
    }

    /** A sticker, voice note, poll… anything the bot cannot use; described for logs only. */
    public record Unsupported(String what) implements Content {
    }

    public enum FileKind {
        PHOTO,
        DOCUMENT,
        /** A voice note: only a flow that declares {@link Handler#voice} takes it; elsewhere it is unsupported. */
        VOICE
    }

    /** Content the bot cannot use where it arrived: a sticker, a poll, or a voice note outside a voice handler. */
    public static boolean unusable(Content content) {
        return content instanceof Unsupported || isVoice(content);
    }

    static boolean isVoice(Content content) {
        return content instanceof FileShared f && f.kind() == FileKind.VOICE;
    }
}
