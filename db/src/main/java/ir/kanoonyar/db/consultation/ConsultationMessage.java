package ir.kanoonyar.db.consultation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One post of a consultation's thread: an expert's answer or the asker's follow-up. */
@Entity
public class ConsultationMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long consultationId;
    private long authorAccountId;
    private String body;
    private Instant createdAt;

    protected ConsultationMessage() {
    }

    ConsultationMessage(long consultationId, long authorAccountId, String body, Instant createdAt) {
        this.consultationId = consultationId;
        this.authorAccountId = authorAccountId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public long getAuthorAccountId() {
        return authorAccountId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
