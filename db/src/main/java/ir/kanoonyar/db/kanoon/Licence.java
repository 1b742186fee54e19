package ir.kanoonyar.db.kanoon;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A kanoon's licence (مجوز); its number is what the public verification page looks up. */
@Entity
public class Licence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;
    private Long kanoonId;
    private Long requestId;
    private LocalDate issuedOn;
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    private LicenceStatus status;

    private Instant createdAt;

    /** Why staff suspended or revoked it; null while it is valid. */
    private String statusReason;

    /** When staff last suspended or revoked it; null while it is valid. */
    private Instant statusChangedAt;

    @Version
    private long version;

    protected Licence() {
    }

    public Licence(String number, Long kanoonId, Long requestId, LocalDate issuedOn, LocalDate validUntil,
                   Instant createdAt) {
        if (validUntil.isBefore(issuedOn)) {
            throw new IllegalArgumentException("A licence cannot end before it is issued");
        }
        this.number = number;
        this.kanoonId = kanoonId;
        this.requestId = requestId;
        this.issuedOn = issuedOn;
        this.validUntil = validUntil;
        this.status = LicenceStatus.VALID;
        this.createdAt = createdAt;
    }

    /** Valid on a day: not revoked or replaced, and within its dates. */
    public boolean isValidOn(LocalDate day) {
        return status == LicenceStatus.VALID && !day.isBefore(issuedOn) && !day.isAfter(validUntil);
    }

    /** The width of status_reason (V33). */
    public static final int REASON_LENGTH = 500;

    /**
     * Staff stop the licence for a while. Only a valid licence can be suspended.
     *
     * @throws IllegalStateException if it is not valid (revoked, superseded or already suspended)
     */
    public void suspend(String reason, Instant at) {
        if (status != LicenceStatus.VALID) {
            throw new IllegalStateException("Licence " + number + " is " + status + ", not VALID");
        }
        change(LicenceStatus.SUSPENDED, reason, at);
    }

    /**
     * Staff end the licence for good. A valid or suspended licence can be revoked.
     *
     * @throws IllegalStateException if it is revoked or superseded already
     */
    public void revoke(String reason, Instant at) {
        if (status != LicenceStatus.VALID && status != LicenceStatus.SUSPENDED) {
            throw new IllegalStateException("Licence " + number + " is " + status + ", not VALID or SUSPENDED");
        }
        change(LicenceStatus.REVOKED, reason, at);
    }

    /**
     * Staff lift a suspension: the licence is valid again (within its dates). The reason (checked as for
     * a suspension) goes to the audit log and the manager; the suspension's reason and date are cleared,
     * as a valid licence has none.
     *
     * @throws IllegalStateException if it is not suspended
     */
    public void lift(String reason, Instant at) {
        if (status != LicenceStatus.SUSPENDED) {
            throw new IllegalStateException("Licence " + number + " is " + status + ", not SUSPENDED");
        }
        change(LicenceStatus.VALID, reason, at);
        this.statusReason = null;
        this.statusChangedAt = null;
    }

    private void change(LicenceStatus to, String reason, Instant at) {
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_LENGTH) {
            throw new IllegalArgumentException("A reason of 1 to " + REASON_LENGTH + " characters is required");
        }
        this.status = to;
        this.statusReason = reason.strip();
        this.statusChangedAt = Objects.requireNonNull(at, "at");
    }

    public void supersede() {
        this.status = LicenceStatus.SUPERSEDED;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getKanoonId() {
        return kanoonId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public LicenceStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }
}
