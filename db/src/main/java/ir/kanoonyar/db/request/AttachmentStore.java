package ir.kanoonyar.db.request;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import ir.kanoonyar.db.hash.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps attachments: their facts in the attachment table, their bytes in attachment_content, both in
 * one transaction. The bytes are in the database, not on a disk, because the bot that receives a
 * file and the back-office that shows it run in different containers, possibly several of each (as
 * broadcast and training media are). What a file is, is decided by its first bytes, never by its name
 * or the type a phone claims: a "photo.jpg" that is really a program is refused. Plain JDBC for the
 * bytes: they are written and read only here, never loaded with the entity.
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
        NOT_A_DOCUMENT,
        NOT_A_VOICE
    }

    /** The content type of a kept voice note: Telegram's and Bale's voice notes are Ogg (Opus). */
    public static final String VOICE_TYPE = "audio/ogg";

    private final AttachmentRepository attachments;
    private final JdbcTemplate jdbc;
    private final long maxBytes;
    private final Clock clock;

    public AttachmentStore(AttachmentRepository attachments, JdbcTemplate jdbc, Clock clock,
                           @Value("${kanoonyar.attachments.max-bytes:10485760}") long maxBytes) {
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.clock = clock;
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
    @Transactional
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
        String name = fileName == null || fileName.isBlank() ? fieldKey + "." + kind.get().extension : fileName;
        Attachment saved = attachments.save(new Attachment(null, fieldKey, name, kind.get().contentType, bytes.length,
                Sha256.hex(bytes), null, channelFileId, clock.instant()));
        jdbc.update("INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)", saved.getId(), bytes);
        return new Result(saved, null);
    }

    /**
     * Checks and keeps a voice note a person sent (a ticket's thread takes them): an Ogg file by its first
     * bytes ("OggS"), never by the type the messenger claims. Only here: {@link #sniff} and {@link #keep}
     * stay photos and documents, so no form field takes a voice note.
     */
    @Transactional
    public Result keepVoice(byte[] bytes, String fieldKey, String channelFileId) {
        if (bytes == null || bytes.length == 0) {
            return Result.refused(Refusal.EMPTY);
        }
        if (bytes.length > maxBytes) {
            return Result.refused(Refusal.TOO_LARGE);
        }
        if (!startsWith(bytes, 'O', 'g', 'g', 'S')) {
            return Result.refused(Refusal.NOT_A_VOICE);
        }
        Attachment saved = attachments.save(new Attachment(null, fieldKey, fieldKey + ".ogg", VOICE_TYPE, bytes.length,
                Sha256.hex(bytes), null, channelFileId, clock.instant()));
        jdbc.update("INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)", saved.getId(), bytes);
        return new Result(saved, null);
    }

    /**
     * The bytes of an attachment; empty when the database has none: a file kept on a disk before the
     * bytes moved into the database that no instance could import (see {@link LegacyAttachmentImport}).
     */
    public Optional<byte[]> read(Attachment attachment) {
        return jdbc.query("SELECT content FROM attachment_content WHERE attachment_id = ?",
                (rs, n) -> rs.getBytes(1), attachment.getId()).stream().findFirst();
    }

    /** Which of these attachments have their bytes, so that a page can say which files are not available. */
    public Set<Long> available(Collection<Long> attachmentIds) {
        if (attachmentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(new NamedParameterJdbcTemplate(jdbc).queryForList(
                "SELECT attachment_id FROM attachment_content WHERE attachment_id IN (:ids)",
                new MapSqlParameterSource("ids", attachmentIds), Long.class));
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
}
