package ir.kanoonyar.db.identity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A photo of a kanoon's installed sign (table {@code sign_photo}), and the county staff's answer. */
@Entity
@Table(name = "sign_photo")
public class SignPhoto {

    public static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long kanoonId;

    @Column(nullable = false)
    private Long attachmentId;

    @Column(nullable = false)
    private Long sentByPersonId;

    @Column(nullable = false)
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignPhotoStatus status;

    @Column(length = 100)
    private String decidedBy;

    private Instant decidedAt;

    @Column(length = REASON_LENGTH)
    private String fixReason;

    protected SignPhoto() {
    }

    SignPhoto(Long kanoonId, Long attachmentId, Long sentByPersonId, Instant sentAt) {
        this.kanoonId = Objects.requireNonNull(kanoonId, "kanoonId");
        this.attachmentId = Objects.requireNonNull(attachmentId, "attachmentId");
        this.sentByPersonId = Objects.requireNonNull(sentByPersonId, "sentByPersonId");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
        this.status = SignPhotoStatus.WAITING;
    }

    void confirm(String by, Instant at) {
        decide(SignPhotoStatus.CONFIRMED, by, at);
    }

    void askFix(String reason, String by, Instant at) {
        decide(SignPhotoStatus.FIX_ASKED, by, at);
        this.fixReason = reason;
    }

    /** A newer photo of the same kanoon came: this one is answered by it. */
    void replaced(Instant at) {
        decide(SignPhotoStatus.FIX_ASKED, null, at);
    }

    private void decide(SignPhotoStatus to, String by, Instant at) {
        if (status != SignPhotoStatus.WAITING) {
            throw new IllegalStateException("Sign photo " + id + " is " + status + ", not waiting");
        }
        this.status = to;
        this.decidedBy = by;
        this.decidedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public Long getKanoonId() {
        return kanoonId;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public Long getSentByPersonId() {
        return sentByPersonId;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public SignPhotoStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getFixReason() {
        return fixReason;
    }
}
