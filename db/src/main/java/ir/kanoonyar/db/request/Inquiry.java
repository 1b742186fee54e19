package ir.kanoonyar.db.request;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One inquiry of a request: asked on, due, answered, result and the scanned answer. */
@Entity
public class Inquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long requestId;

    @Enumerated(EnumType.STRING)
    private InquiryType type;

    private LocalDate askedOn;
    private LocalDate dueOn;
    private LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    private InquiryResult result;

    private String reference;
    private String note;
    private Long scanAttachmentId;
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected Inquiry() {
    }

    public Inquiry(Long requestId, InquiryType type, LocalDate askedOn, LocalDate dueOn, String createdBy,
                   Instant createdAt) {
        this.requestId = requestId;
        this.type = type;
        this.askedOn = askedOn;
        this.dueOn = dueOn;
        this.result = InquiryResult.PENDING;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void recordAnswer(InquiryResult result, LocalDate answeredOn, String reference, String note,
                             Long scanAttachmentId) {
        if (result == InquiryResult.PENDING) {
            throw new IllegalArgumentException("An answer needs a result");
        }
        this.result = result;
        this.answeredOn = answeredOn;
        this.reference = reference;
        this.note = note;
        this.scanAttachmentId = scanAttachmentId;
    }

    public boolean isAnswered() {
        return result != InquiryResult.PENDING;
    }

    public boolean isOverdue(LocalDate today) {
        return !isAnswered() && dueOn != null && today.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public InquiryType getType() {
        return type;
    }

    public LocalDate getAskedOn() {
        return askedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public InquiryResult getResult() {
        return result;
    }

    public String getReference() {
        return reference;
    }

    public String getNote() {
        return note;
    }

    public Long getScanAttachmentId() {
        return scanAttachmentId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
