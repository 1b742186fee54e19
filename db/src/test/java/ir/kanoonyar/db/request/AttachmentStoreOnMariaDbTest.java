package ir.kanoonyar.db.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import ir.kanoonyar.db.hash.Sha256;
import ir.kanoonyar.testsupport.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Attachments keep their bytes in the database (V18), and the files kept on disk before are imported
 * once at start from the old directory; a file that is gone stays referenced and reads as absent.
 */
class AttachmentStoreOnMariaDbTest extends MariaDbTest {

    /** The old attachments directory, as KANOONYAR_ATTACHMENTS_DIR names it. */
    static final Path LEGACY_DIR = temporaryDirectory();

    @DynamicPropertySource
    static void legacyDirectory(DynamicPropertyRegistry registry) {
        registry.add("kanoonyar.attachments.dir", LEGACY_DIR::toString);
    }

    @Autowired
    AttachmentStore store;
    @Autowired
    AttachmentRepository attachments;
    @Autowired
    LegacyAttachmentImport legacyImport;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aKeptFileIsReadBackFromTheDatabaseAndNothingIsWrittenOnDisk() throws IOException {
        byte[] pdf = pdf("scan of the deed");
        AttachmentStore.Result kept = store.keep(pdf, false, "deed", "سند.pdf", "file-1");

        assertThat(kept.kept()).isTrue();
        Attachment attachment = attachments.findById(kept.attachment().getId()).orElseThrow();
        assertThat(attachment.getContentType()).isEqualTo("application/pdf");
        assertThat(attachment.getStorageKey()).isNull();
        assertThat(store.read(attachment)).hasValue(pdf);
        assertThat(store.available(List.of(attachment.getId()))).containsExactly(attachment.getId());
        try (var files = Files.walk(LEGACY_DIR)) {
            assertThat(files.filter(Files::isRegularFile).toList()).as("nothing on disk").isEmpty();
        }
    }

    @Test
    void theChecksOnSizeAndContentStayAsTheyWere() {
        long before = attachments.count();
        assertThat(store.keep(new byte[0], false, "deed", null, null).refusal())
                .isEqualTo(AttachmentStore.Refusal.EMPTY);
        assertThat(store.keep(new byte[(int) store.maxBytes() + 1], false, "deed", null, null).refusal())
                .isEqualTo(AttachmentStore.Refusal.TOO_LARGE);
        assertThat(store.keep(pdf("a pdf"), true, "photo", null, null).refusal())
                .isEqualTo(AttachmentStore.Refusal.NOT_A_PHOTO);
        assertThat(store.keep("MZ a program".getBytes(), false, "deed", "deed.pdf", null).refusal())
                .isEqualTo(AttachmentStore.Refusal.NOT_A_DOCUMENT);
        assertThat(attachments.count()).as("nothing written for a refusal").isEqualTo(before);
    }

    @Test
    void aVoiceNoteIsKeptOnlyAsAVoiceNoteAndOnlyWhenItIsOgg() {
        byte[] ogg = "OggS\0\2a voice".getBytes(StandardCharsets.ISO_8859_1);
        long before = attachments.count();
        assertThat(store.keep(ogg, false, "deed", "deed.pdf", null).refusal())
                .isEqualTo(AttachmentStore.Refusal.NOT_A_DOCUMENT);
        assertThat(store.keepVoice(pdf("a pdf"), "ticket-voice", null).refusal())
                .isEqualTo(AttachmentStore.Refusal.NOT_A_VOICE);
        assertThat(attachments.count()).isEqualTo(before);
        AttachmentStore.Result kept = store.keepVoice(ogg, "ticket-voice", "voice-1");
        assertThat(kept.attachment().getContentType()).isEqualTo(AttachmentStore.VOICE_TYPE);
        assertThat(store.read(kept.attachment())).contains(ogg);
    }

    @Test
    void filesKeptOnDiskBeforeAreImportedOnceAndAMissingOneStaysNotAvailable() throws IOException {
        byte[] photo = jpeg();
        long present = legacyAttachment(photo, true);
        long missing = legacyAttachment(pdf("lost when the container was recreated"), false);
        byte[] original = pdf("the original");
        long changed = legacyAttachment(original, true);
        Files.write(LEGACY_DIR.resolve(storageKey(original)), pdf("something else under its name"));

        assertThat(legacyImport.importFiles()).isEqualTo(1);

        assertThat(store.read(attachments.findById(present).orElseThrow())).hasValue(photo);
        assertThat(store.read(attachments.findById(missing).orElseThrow())).isEmpty();
        assertThat(store.read(attachments.findById(changed).orElseThrow())).as("not the file that was kept").isEmpty();
        assertThat(store.available(List.of(present, missing, changed))).isEqualTo(Set.of(present));
        assertThat(attachments.findById(missing)).as("still on its request").isPresent();

        // A second start finds nothing new to import and writes nothing twice.
        assertThat(legacyImport.importFiles()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attachment_content WHERE attachment_id = ?",
                Integer.class, present)).isEqualTo(1);
    }

    /** An attachment row as the store wrote it before V18, with its file under the old directory or not. */
    private long legacyAttachment(byte[] bytes, boolean fileOnDisk) throws IOException {
        String key = storageKey(bytes);
        if (fileOnDisk) {
            Path file = LEGACY_DIR.resolve(key);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        }
        jdbc.update("INSERT INTO attachment (field_key, file_name, content_type, size_bytes, sha256, storage_key,"
                + " created_at) VALUES ('photo', 'old.bin', 'application/pdf', ?, ?, ?, ?)", bytes.length,
                Sha256.hex(bytes), key, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("SELECT id FROM attachment WHERE storage_key = ?", Long.class, key);
    }

    /** Where the old store put a file: two hex digits of its SHA-256, then the hash and an extension. */
    private static String storageKey(byte[] bytes) {
        String sha256 = Sha256.hex(bytes);
        return sha256.substring(0, 2) + "/" + sha256 + ".bin";
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + " " + ThreadLocalRandom.current().nextLong() + "\n").getBytes();
    }

    private static byte[] jpeg() {
        byte[] bytes = new byte[64];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("legacy-attachments");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
