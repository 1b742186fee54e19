package ir.kanoonyar.db.training;

import java.time.Instant;
import java.util.Objects;

import ir.kanoonyar.db.persian.PersianText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import org.hibernate.annotations.Immutable;

/**
 * A picture, document or video of a lesson, kept in the database so that the back-office (which
 * uploads it) and the bot (which sends it) both reach it. Never changed once written, so a new course
 * version's lessons share the media of the version they were copied from.
 */
@Entity
@Immutable
public class TrainingMedia {

    /** MEDIUMBLOB holds up to 16 MiB; messengers take bots' uploads up to 50 MB, photos up to 10 MB. */
    public static final int MAX_BYTES = 16 * 1024 * 1024 - 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;

    @Lob
    @Column(columnDefinition = "mediumblob")
    private byte[] content;

    private String createdBy;
    private Instant createdAt;

    protected TrainingMedia() {
    }

    TrainingMedia(String fileName, String contentType, byte[] content, String sha256, String createdBy,
                  Instant createdAt) {
        // Shown to staff and people: no bidi override may disguise the name.
        this.fileName = PersianText.withoutBidiControls(Objects.requireNonNull(fileName, "fileName"));
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = Objects.requireNonNull(content, "content");
        this.sizeBytes = content.length;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    public boolean isVideo() {
        return contentType.startsWith("video/");
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    /** The bytes; the array is the entity's own, do not change it. */
    public byte[] getContent() {
        return content;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
