package ir.kanoonyar.db.form;

import java.util.Objects;

/**
 * What a person answered to one question, as the bot received it, before validation. The bot turns
 * each incoming message or button press into one of these.
 */
public sealed interface RawAnswer {

    /** Typed text. */
    record Typed(String text) implements RawAnswer {
        public Typed {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A shared contact.
     *
     * @param sendersOwn whether it is the sender's own contact (Telegram: the contact's user_id is the
     *                   sender's id); only such a contact answers an {@link FieldType#OWN_MOBILE} field
     */
    record Contact(String phone, boolean sendersOwn) implements RawAnswer {
        public Contact {
            Objects.requireNonNull(phone, "phone");
        }
    }

    /** A shared location, in degrees. */
    record Location(double lat, double lon) implements RawAnswer {
    }

    /**
     * A photo or a document. The validator checks what the messenger declared; the bot checks the
     * content when it fetches the file.
     *
     * @param fileName  may be null (photos have none)
     * @param mimeType  as declared by the messenger; may be null
     * @param sizeBytes as declared by the messenger; may be null
     * @param photo     sent as a photo (compressed) rather than as a file
     */
    record File(String fileId, String fileName, String mimeType, Long sizeBytes, boolean photo) implements RawAnswer {
        public File {
            Objects.requireNonNull(fileId, "fileId");
        }
    }

    /** An inline button's choice: a choice code, a region code, or the id of an offered mosque or kanoon. */
    record Picked(String code) implements RawAnswer {
        public Picked {
            Objects.requireNonNull(code, "code");
        }
    }

    /** The person skipped the question; accepted for optional fields only. */
    record Skip() implements RawAnswer {
    }

    /**
     * Anything else the messenger delivered: a sticker, a voice note, a poll… Never accepted; the
     * person is told what the question expects.
     *
     * @param what a description for logs, e.g. "sticker"
     */
    record Unsupported(String what) implements RawAnswer {
    }
}
