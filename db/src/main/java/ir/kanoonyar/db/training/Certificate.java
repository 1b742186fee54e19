package ir.kanoonyar.db.training;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A certificate (گواهی) for a passed course version. {@code code} is what the public page
 * {@code /verify/certificate/{code}} looks up: twelve random digits with a check digit, in the
 * format of {@link ir.kanoonyar.db.persian.TrackingCode}. The person's name and the course title are
 * kept as printed, so the page shows what the paper says whatever is edited later. One per person
 * and course version; issued by {@link CertificateIssuing}.
 */
@Entity
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private Long personId;
    private Long courseId;
    private Long courseVersionId;
    private Long attemptId;
    private String personName;
    private String courseTitle;
    private int scorePercent;
    private Instant issuedAt;
    private Instant revokedAt;
    private String revokedBy;
    private String revokeReason;

    protected Certificate() {
    }

    Certificate(String code, Enrolment enrolment, QuizAttempt attempt, String personName, String courseTitle,
                Instant issuedAt) {
        this.code = Objects.requireNonNull(code, "code");
        this.personId = enrolment.getPersonId();
        this.courseId = enrolment.getCourseId();
        this.courseVersionId = enrolment.getCourseVersionId();
        this.attemptId = Objects.requireNonNull(attempt.getId(), "attempt id");
        this.personName = Objects.requireNonNull(personName, "personName");
        this.courseTitle = Objects.requireNonNull(courseTitle, "courseTitle");
        this.scorePercent = attempt.getScorePercent();
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /**
     * A revoked certificate is still found by its code, and the page says it is revoked. The first
     * revocation stands: revoking again changes nothing. Use {@link CertificateRevocation}, which also
     * tells the holder.
     */
    void revoke(Instant at, String by, String reason) {
        if (revokedAt == null) {
            this.revokedAt = at;
            this.revokedBy = by;
            this.revokeReason = reason;
        }
    }

    public boolean isValid() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    /** Twelve ASCII digits; show with {@link ir.kanoonyar.db.persian.TrackingCode#display}. */
    public String getCode() {
        return code;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Long getCourseVersionId() {
        return courseVersionId;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public int getScorePercent() {
        return scorePercent;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    /** The staff member who revoked it, null while valid. */
    public String getRevokedBy() {
        return revokedBy;
    }

    /** Why it was revoked, for the staff and the holder; not shown on the public check. */
    public String getRevokeReason() {
        return revokeReason;
    }
}
