package ir.kanoonyar.db.knowledge;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A short answer of the knowledge base: national (provinceId null) or of one province. {@code offered}
 * counts how often the bot offered it for a question, {@code opened} how often a person read it.
 */
@Entity
public class KbAnswer {

    public static final int TITLE_LENGTH = 200;
    public static final int BODY_LENGTH = 4000;
    public static final int TAGS_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long provinceId;
    private String title;
    private String body;
    private String tags;
    private Long attachmentId;
    private int offered;
    private int opened;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected KbAnswer() {
    }

    public KbAnswer(Long provinceId, String title, String body, String tags, String createdBy, Instant at) {
        this.provinceId = provinceId;
        this.createdBy = createdBy;
        this.createdAt = at;
        change(title, body, tags, at);
    }

    void change(String title, String body, String tags, Instant at) {
        this.title = title;
        this.body = body;
        this.tags = tags == null ? "" : tags;
        this.updatedAt = at;
    }

    void attach(Long attachmentId) {
        this.attachmentId = attachmentId;
    }

    public Long getId() {
        return id;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getTags() {
        return tags;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public int getOffered() {
        return offered;
    }

    public int getOpened() {
        return opened;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
