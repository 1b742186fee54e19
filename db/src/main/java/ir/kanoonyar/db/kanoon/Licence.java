package ir.kanoonyar.db.kanoon;

import java.time.Instant;
import java.time.LocalDate;

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

    public void revoke() {
        this.status = LicenceStatus.REVOKED;
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
}
