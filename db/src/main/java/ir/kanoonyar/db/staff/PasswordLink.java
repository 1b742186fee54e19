package ir.kanoonyar.db.staff;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time link for a staff member to set their own password. Only the hash of its secret is
 * stored; it can be used once, before it expires.
 */
@Entity
@Table(name = "staff_password_link")
public class PasswordLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;
    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;
    private String createdBy;
    private Instant createdAt;

    protected PasswordLink() {
    }

    public PasswordLink(Long accountId, String tokenHash, Instant expiresAt, String createdBy, Instant createdAt) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isExpiredAt(Instant at) {
        return !at.isBefore(expiresAt);
    }

    public void use(Instant at) {
        this.usedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
