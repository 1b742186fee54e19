package ir.kanoonyar.backoffice.training;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import ir.kanoonyar.db.request.AttachmentStore;
import ir.kanoonyar.db.training.LessonKind;
import ir.kanoonyar.db.training.TrainingMedia;

/**
 * What an uploaded lesson file really is, found from its first bytes (a browser's claimed type and
 * the file name are never trusted), and whether it fits the lesson's kind: a JPEG, PNG or WebP
 * picture for PHOTO, a PDF for DOCUMENT, an MP4 video for VIDEO; and no larger than the database keeps.
 */
final class LessonFileCheck {

    /** Why a file was refused, with the key of its Persian message. */
    enum Refusal {
        TOO_LARGE("training.error.fileTooLarge"),
        WRONG_TYPE("training.error.fileType");

        final String key;

        Refusal(String key) {
            this.key = key;
        }
    }

    static final class Refused extends RuntimeException {
        final Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }
    }

    private LessonFileCheck() {
    }

    /**
     * @return the content type to store the file under
     * @throws Refused when the file is too large or not of the kind's type
     */
    static String contentType(LessonKind kind, byte[] bytes) {
        if (bytes.length > TrainingMedia.MAX_BYTES) {
            throw new Refused(Refusal.TOO_LARGE);
        }
        String type = sniff(bytes);
        boolean fits = type != null && switch (kind) {
            case PHOTO -> type.startsWith("image/");
            case DOCUMENT -> type.equals("application/pdf");
            case VIDEO -> type.startsWith("video/");
            case TEXT, LINK -> false;
        };
        if (!fits) {
            throw new Refused(Refusal.WRONG_TYPE);
        }
        return type;
    }

    /** The type the bytes turn out to be: a picture or PDF as the attachment store tells them, or MP4. */
    static String sniff(byte[] b) {
        return AttachmentStore.sniff(b).map(AttachmentStore.Kind::contentType).orElseGet(() -> mp4(b));
    }

    /** ISO base media (MP4): a box of type "ftyp" first, with an MP4-family brand; null otherwise. */
    private static String mp4(byte[] b) {
        if (b.length < 12 || !"ftyp".equals(new String(b, 4, 4, StandardCharsets.US_ASCII))) {
            return null;
        }
        String brand = new String(Arrays.copyOfRange(b, 8, 12), StandardCharsets.US_ASCII);
        return brand.startsWith("mp4") || brand.startsWith("iso") || brand.equals("avc1") || brand.equals("M4V ")
                || brand.equals("dash") ? "video/mp4" : null;
    }
}
