package ir.kanoonyar.db.request;

import java.time.Instant;

import ir.kanoonyar.db.persian.PersianText;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A file attached to a request (a photo, a scan): its facts. The bytes are in attachment_content,
 * written and read by {@link AttachmentStore} only.
 */
@Entity
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long requestId;
    private String fieldKey;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    /** Where a file kept before the bytes moved into the database lay on disk; null since (V18). */
    private String storageKey;
    private String channelFileId;
    private Instant createdAt;

    protected Attachment() {
    }

    public Attachment(Long requestId, String fieldKey, String fileName, String contentType, long sizeBytes,
                      String sha256, String storageKey, String channelFileId, Instant createdAt) {
        this.requestId = requestId;
        this.fieldKey = fieldKey;
        // Shown to staff: no bidi override may turn «fdp.exe» into what reads as «exe.pdf».
        this.fileName = PersianText.withoutBidiControls(fileName);
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.channelFileId = channelFileId;
        this.createdAt = createdAt;
    }

    /** Attachments are kept while the form is being filled, before the request exists. */
    public void attachTo(Long requestId) {
        this.requestId = requestId;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getFieldKey() {
        return fieldKey;
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

    public String getStorageKey() {
        return storageKey;
    }

    public String getChannelFileId() {
        return channelFileId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
