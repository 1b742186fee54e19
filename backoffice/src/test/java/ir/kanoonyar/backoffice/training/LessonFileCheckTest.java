package ir.kanoonyar.backoffice.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import ir.kanoonyar.db.training.LessonKind;
import ir.kanoonyar.db.training.TrainingMedia;
import org.junit.jupiter.api.Test;

/** Lesson files are judged by their bytes, whatever name or type the browser gave them. */
class LessonFileCheckTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
    private static final byte[] WEBP = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'};
    private static final byte[] HTML = "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);

    @Test
    void eachKindTakesItsOwnTypes() {
        assertThat(LessonFileCheck.contentType(LessonKind.PHOTO, JPEG)).isEqualTo("image/jpeg");
        assertThat(LessonFileCheck.contentType(LessonKind.PHOTO, WEBP)).isEqualTo("image/webp");
        assertThat(LessonFileCheck.contentType(LessonKind.DOCUMENT, PDF)).isEqualTo("application/pdf");
        assertThat(LessonFileCheck.contentType(LessonKind.VIDEO, MP4)).isEqualTo("video/mp4");
    }

    @Test
    void aFileOfAnotherTypeOrUnknownBytesIsRefused() {
        assertRefused(LessonKind.PHOTO, PDF, LessonFileCheck.Refusal.WRONG_TYPE);
        assertRefused(LessonKind.VIDEO, JPEG, LessonFileCheck.Refusal.WRONG_TYPE);
        assertRefused(LessonKind.DOCUMENT, HTML, LessonFileCheck.Refusal.WRONG_TYPE);
        assertRefused(LessonKind.PHOTO, new byte[0], LessonFileCheck.Refusal.WRONG_TYPE);
    }

    @Test
    void aFileLargerThanTheDatabaseKeepsIsRefused() {
        byte[] big = new byte[TrainingMedia.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertRefused(LessonKind.DOCUMENT, big, LessonFileCheck.Refusal.TOO_LARGE);
    }

    private static void assertRefused(LessonKind kind, byte[] bytes, LessonFileCheck.Refusal refusal) {
        assertThatThrownBy(() -> LessonFileCheck.contentType(kind, bytes))
                .isInstanceOfSatisfying(LessonFileCheck.Refused.class, e -> assertThat(e.refusal).isEqualTo(refusal));
    }
}
