package ir.kanoonyar.db.ticket;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ready answer staff pick when replying: national (provinceId null) or of one province. */
@Entity
@Table(name = "ticket_canned_reply")
public class CannedReply {

    public static final int TITLE_LENGTH = 100;
    public static final int BODY_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long provinceId;
    private String title;
    private String body;
    private String createdBy;
    private Instant createdAt;

    protected CannedReply() {
    }

    public CannedReply(Long provinceId, String title, String body, String createdBy, Instant createdAt) {
        this.provinceId = provinceId;
        this.title = title;
        this.body = body;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
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

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
