package ir.kanoonyar.db.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A login or a staff action, kept for the national admin to read. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    /** The widths of the columns (V6__staff_and_audit.sql), in characters. */
    public static final int ACTOR_LENGTH = 64;
    public static final int ACTION_LENGTH = 64;
    public static final int TARGET_LENGTH = 200;
    public static final int DETAIL_LENGTH = 2000;
    public static final int REMOTE_ADDR_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String actor;
    private String action;
    private String target;
    private String detail;
    private String remoteAddr;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String target, String detail,
                      String remoteAddr) {
        this.occurredAt = occurredAt;
        this.actor = fit(actor, ACTOR_LENGTH);
        this.action = fit(action, ACTION_LENGTH);
        this.target = fit(target, TARGET_LENGTH);
        this.detail = fit(detail, DETAIL_LENGTH);
        this.remoteAddr = fit(remoteAddr, REMOTE_ADDR_LENGTH);
    }

    /**
     * What is logged is often typed by whoever knocks (a user name of any length at the login): it is
     * cut to its column, so the attempt is still recorded instead of failing the write.
     */
    static String fit(String value, int columnLength) {
        if (value == null || value.codePointCount(0, value.length()) <= columnLength) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, columnLength - 1)) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddr() {
        return remoteAddr;
    }
}
