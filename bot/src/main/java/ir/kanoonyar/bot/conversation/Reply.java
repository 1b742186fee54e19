package ir.kanoonyar.bot.conversation;

import java.util.List;
import java.util.Objects;

/**
 * What the bot says: Persian text and, optionally, a keyboard and a file (the text is then its
 * caption). Stored as JSON in the outbox, so keep it plain data. Texts are plain (no Markdown):
 * Bale's parse modes are unreliable.
 */
public record Reply(String text, Keyboard keyboard, Media media) {

    /** Messengers refuse captions longer than this. */
    public static final int MAX_CAPTION = 1024;

    public Reply {
        Objects.requireNonNull(text, "text");
        keyboard = keyboard == null ? Keyboard.NONE : keyboard;
        if (media != null && text.length() > MAX_CAPTION) {
            throw new IllegalArgumentException("A caption has at most " + MAX_CAPTION + " characters: " + text.length());
        }
    }

    public Reply(String text, Keyboard keyboard) {
        this(text, keyboard, null);
    }

    public static Reply text(String text) {
        return new Reply(text, Keyboard.NONE);
    }

    /** A file with a caption (may be empty). */
    /** A file with its caption, cut to {@link #MAX_CAPTION} characters with «…» when longer. */
    public static Reply media(Media media, String caption) {
        String fitting = caption.length() <= MAX_CAPTION ? caption : caption.substring(0, MAX_CAPTION - 1) + "…";
        return new Reply(fitting, Keyboard.NONE, Objects.requireNonNull(media, "media"));
    }

    public Reply with(Keyboard keyboard) {
        return new Reply(text, keyboard, media);
    }

    /**
     * A file sent as a photo, a document or a video. {@code source} names it for the bot's
     * {@code ir.kanoonyar.bot.media.MediaLibrary}, which reads the bytes when the message is sent, so the
     * outbox row stays small (e.g. {@code lesson-media:12}, {@code certificate-pdf:123456789012}).
     */
    public record Media(Kind kind, String source) {

        public Media {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(source, "source");
        }

        public enum Kind {
            PHOTO,
            DOCUMENT,
            VIDEO
        }
    }

    /**
     * A keyboard under the message (INLINE: buttons that send callback data) or in place of the
     * phone's keyboard (REPLY: buttons that send their text, or share the contact or location);
     * REMOVE takes a reply keyboard away; NONE leaves the chat as it is.
     */
    public record Keyboard(Kind kind, List<List<Button>> rows) {

        public static final Keyboard NONE = new Keyboard(Kind.NONE, List.of());
        public static final Keyboard REMOVE = new Keyboard(Kind.REMOVE, List.of());

        public Keyboard {
            Objects.requireNonNull(kind, "kind");
            rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
        }

        public static Keyboard inline(List<List<Button>> rows) {
            return new Keyboard(Kind.INLINE, rows);
        }

        public static Keyboard reply(List<List<Button>> rows) {
            return new Keyboard(Kind.REPLY, rows);
        }

        public enum Kind {
            NONE,
            INLINE,
            REPLY,
            REMOVE
        }
    }

    /** data: the callback data of an inline button (≤ 64 bytes); request: what a reply button shares. */
    public record Button(String text, String data, Request request) {

        public Button {
            Objects.requireNonNull(text, "text");
            request = request == null ? Request.NONE : request;
        }

        public static Button callback(String text, String data) {
            return new Button(text, data, Request.NONE);
        }

        /** An inline button of the keyboard generation {@code stamp}, its data written by {@link ButtonCodec}. */
        public static Button callback(String text, int stamp, ButtonData button) {
            return callback(text, ButtonCodec.encode(stamp, button));
        }

        public static Button plain(String text) {
            return new Button(text, null, Request.NONE);
        }

        public static Button shareContact(String text) {
            return new Button(text, null, Request.CONTACT);
        }

        public static Button shareLocation(String text) {
            return new Button(text, null, Request.LOCATION);
        }

        public enum Request {
            NONE,
            CONTACT,
            LOCATION
        }
    }
}
