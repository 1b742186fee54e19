package ir.kanoonyar.db.training;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One version of a course's content: title, summary, pass mark and the wait before a retry; its
 * {@link Lesson}s and {@link QuizQuestion}s belong to it. Only a DRAFT changes; once published it is
 * frozen, so enrolments, attempts and certificates that point at it keep meaning what they meant.
 * Editing a published course makes a new draft ({@link CourseAuthoring#draftFor}).
 */
@Entity
public class CourseVersion {

    public static final int TITLE_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long courseId;
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    private CourseVersionStatus status;

    private String title;
    private String summary;
    private int passMarkPercent;
    private int retryWaitMinutes;
    private String createdBy;
    private Instant createdAt;
    private String publishedBy;
    private Instant publishedAt;

    @Version
    private long version;

    protected CourseVersion() {
    }

    CourseVersion(Long courseId, int versionNumber, String title, String summary, int passMarkPercent,
                  int retryWaitMinutes, String createdBy, Instant createdAt) {
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.versionNumber = versionNumber;
        this.status = CourseVersionStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        describe(title, summary, passMarkPercent, retryWaitMinutes);
    }

    /** A new draft holding this version's settings (its lessons and questions are copied apart). */
    CourseVersion nextDraft(int versionNumber, String by, Instant at) {
        return new CourseVersion(courseId, versionNumber, title, summary, passMarkPercent, retryWaitMinutes, by, at);
    }

    void describe(String title, String summary, int passMarkPercent, int retryWaitMinutes) {
        requireDraft();
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new CourseContentException(CourseContentException.Problem.TITLE_MISSING);
        }
        if (t.length() > TITLE_LENGTH || (summary != null && summary.strip().length() > SUMMARY_LENGTH)) {
            throw new CourseContentException(CourseContentException.Problem.TEXT_TOO_LONG);
        }
        if (passMarkPercent < 0 || passMarkPercent > 100) {
            throw new CourseContentException(CourseContentException.Problem.PASS_MARK_OUT_OF_RANGE);
        }
        if (retryWaitMinutes < 0) {
            throw new CourseContentException(CourseContentException.Problem.RETRY_WAIT_NEGATIVE);
        }
        this.title = t;
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        this.passMarkPercent = passMarkPercent;
        this.retryWaitMinutes = retryWaitMinutes;
    }

    void publish(String by, Instant at) {
        requireDraft();
        this.status = CourseVersionStatus.PUBLISHED;
        this.publishedBy = Objects.requireNonNull(by, "by");
        this.publishedAt = Objects.requireNonNull(at, "at");
    }

    void retire() {
        if (status != CourseVersionStatus.PUBLISHED) {
            throw new IllegalStateException("Only a published version retires, not a " + status + " one");
        }
        this.status = CourseVersionStatus.RETIRED;
    }

    /** @throws CourseContentException NOT_A_DRAFT when this version is published or retired */
    void requireDraft() {
        if (status != null && status != CourseVersionStatus.DRAFT) {
            throw new CourseContentException(CourseContentException.Problem.NOT_A_DRAFT);
        }
    }

    public boolean isDraft() {
        return status == CourseVersionStatus.DRAFT;
    }

    /** Whether a score (0–100) passes this version's quiz. */
    public boolean passes(int scorePercent) {
        return scorePercent >= passMarkPercent;
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public CourseVersionStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    /** A short description shown before the first lesson; may be null. */
    public String getSummary() {
        return summary;
    }

    /** The lowest score, in percent, that passes the quiz. */
    public int getPassMarkPercent() {
        return passMarkPercent;
    }

    /** Minutes a person waits after a failed quiz before trying again; 0 for no wait. */
    public int getRetryWaitMinutes() {
        return retryWaitMinutes;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
