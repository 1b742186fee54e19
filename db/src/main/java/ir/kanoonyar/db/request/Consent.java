package ir.kanoonyar.db.request;

import java.time.Instant;

import ir.kanoonyar.db.person.StartLink;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A signer's consent to a request (electronic signature). The applicant forwards a link carrying
 * {@link #getToken()}; the signer opens it, shares a contact whose number must equal
 * {@link #getSignerMobile()}, and signs or refuses.
 */
@Entity
public class Consent {

    /** The width of consent.comment (V5): a longer comment is refused before anything is written. */
    public static final int COMMENT_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long requestId;

    @Enumerated(EnumType.STRING)
    private ConsentRole role;

    private String signerMobile;
    private String token;

    @Enumerated(EnumType.STRING)
    private ConsentStatus status;

    private Long signerPersonId;
    private Instant answeredAt;
    private String comment;
    private Instant createdAt;

    @Version
    private long version;

    protected Consent() {
    }

    public Consent(Long requestId, ConsentRole role, String signerMobile, Instant createdAt) {
        this.requestId = requestId;
        this.role = role;
        this.signerMobile = signerMobile;
        this.token = StartLink.newToken();
        this.status = ConsentStatus.PENDING;
        this.createdAt = createdAt;
    }

    public void sign(Long signerPersonId, String comment, Instant at) {
        answer(ConsentStatus.SIGNED, signerPersonId, comment, at);
    }

    public void refuse(Long signerPersonId, String comment, Instant at) {
        answer(ConsentStatus.REFUSED, signerPersonId, comment, at);
    }

    /** A new number or a fresh link after a refusal: the old link stops working. */
    public void reissue(String signerMobile, Instant at) {
        if (status == ConsentStatus.SIGNED) {
            throw new IllegalStateException("Consent " + role + " of request " + requestId + " is already signed");
        }
        this.signerMobile = signerMobile;
        this.token = StartLink.newToken();
        this.status = ConsentStatus.PENDING;
        this.signerPersonId = null;
        this.comment = null;
        this.answeredAt = null;
        this.createdAt = at;
    }

    private void answer(ConsentStatus answer, Long signerPersonId, String comment, Instant at) {
        if (status != ConsentStatus.PENDING) {
            throw new IllegalStateException("Consent " + role + " of request " + requestId + " is already " + status);
        }
        this.status = answer;
        this.signerPersonId = signerPersonId;
        this.comment = comment;
        this.answeredAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public ConsentRole getRole() {
        return role;
    }

    public String getSignerMobile() {
        return signerMobile;
    }

    public String getToken() {
        return token;
    }

    public ConsentStatus getStatus() {
        return status;
    }

    public Long getSignerPersonId() {
        return signerPersonId;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
