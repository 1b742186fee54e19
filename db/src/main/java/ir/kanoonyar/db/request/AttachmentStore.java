package ir.kanoonyar.db.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the bytes of attachments on disk (one file per content hash) and their facts in the
 * attachment table. What a file is, is decided by its first bytes, never by its name or the type a
 * phone claims: a "photo.jpg" that is really a program is refused.
 */
@Component
public class AttachmentStore {

    /** What the bytes turned out to be, if anything we accept. */
    public enum Kind {
        JPEG("image/jpeg", "jpg", true),
        PNG("image/png", "png", true),
        WEBP("image/webp", "webp", true),
        PDF("application/pdf", "pdf", false);

        final String contentType;
        final String extension;
        final boolean image;

        Kind(String contentType, String extension, boolean image) {
            this.contentType = contentType;
            this.extension = extension;
            this.image = image;
        }

        public boolean isImage() {
            return image;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** Why a file was not kept. */
    public enum Refusal {
        EMPTY,
        TOO_LARGE,
        NOT_A_PHOTO,
        NOT_A_DOCUMENT
    }

    private final AttachmentRepository attachments;
    private final Path root;
    private final long maxBytes;
    private final Clock clock;

    public AttachmentStore(AttachmentRepository attachments, Clock clock,
                           @Value("${kanoonyar.attachments.dir:${KANOONYAR_DATA_DIR:./data}/attachments}") String root,
                           @Value("${kanoonyar.attachments.max-bytes:10485760}") long maxBytes) {
        this.attachments = attachments;
        this.clock = clock;
        this.root = Path.of(root);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Recognises JPEG, PNG, WebP and PDF by their magic numbers. */
    public static Optional<Kind> sniff(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(Kind.JPEG);
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(Kind.PNG);
        }
        if (startsWith(bytes, 'R', 'I', 'F', 'F') && bytes.length >= 12
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return Optional.of(Kind.WEBP);
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(Kind.PDF);
        }
        return Optional.empty();
    }

    /**
     * Checks and keeps a file a person sent.
     *
     * @param photo true when the form asked for a photo (only images pass), false for a document
     */
    public Result keep(byte[] bytes, boolean photo, String fieldKey, String fileName, String channelFileId) {
        if (bytes == null || bytes.length == 0) {
            return Result.refused(Refusal.EMPTY);
        }
        if (bytes.length > maxBytes) {
            return Result.refused(Refusal.TOO_LARGE);
        }
        Optional<Kind> kind = sniff(bytes);
        if (kind.isEmpty() || (photo && !kind.get().isImage())) {
            return Result.refused(photo ? Refusal.NOT_A_PHOTO : Refusal.NOT_A_DOCUMENT);
        }
        String sha256 = sha256(bytes);
        String key = sha256.substring(0, 2) + "/" + sha256 + "." + kind.get().extension;
        write(root.resolve(key), bytes);
        String name = fileName == null || fileName.isBlank() ? fieldKey + "." + kind.get().extension : fileName;
        Attachment saved = attachments.save(new Attachment(null, fieldKey, name, kind.get().contentType, bytes.length,
                sha256, key, channelFileId, clock.instant()));
        return new Result(saved, null);
    }

    public byte[] read(Attachment attachment) {
        try {
            return Files.readAllBytes(root.resolve(attachment.getStorageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The attachment kept, or why not. */
    public record Result(Attachment attachment, Refusal refusal) {
        static Result refused(Refusal refusal) {
            return new Result(null, refusal);
        }

        public boolean kept() {
            return attachment != null;
        }
    }

    private static void write(Path target, byte[] bytes) {
        try {
            if (Files.exists(target)) {
                return; // same content, same name: already kept
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "incoming", ".part");
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep an attachment", e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
