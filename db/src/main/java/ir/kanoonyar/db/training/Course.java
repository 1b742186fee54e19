package ir.kanoonyar.db.training;

import java.time.Instant;
import java.util.Objects;

import ir.kanoonyar.db.staff.StaffRole;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A training course (دوره آموزشی): its code, which a guideline's required courses name, and its scope
 * — national ({@code provinceId} null, authored by the national admin) or one province's own course.
 * The content (title, lessons, quiz) lives in {@link CourseVersion}s; {@code publishedVersionId} is the
 * one people take now, null until the first is published. Edit content through {@link CourseAuthoring}.
 */
@Entity
public class Course {

    public static final int CODE_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private Long provinceId;
    private Long publishedVersionId;
    private boolean archived;
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected Course() {
    }

    /** @param provinceId null for a national course */
    public Course(String code, Long provinceId, String createdBy, Instant createdAt) {
        this.code = Objects.requireNonNull(code, "code");
        this.provinceId = provinceId;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isNational() {
        return provinceId == null;
    }

    /**
     * Whether staff of this role and province may author this course: the national admin any course;
     * provincial staff only their own province's courses (never a national one); county staff none.
     */
    public boolean isEditableBy(StaffRole role, Long staffProvinceId) {
        return switch (role) {
            case NATIONAL_ADMIN -> true;
            case PROVINCE_STAFF -> provinceId != null && provinceId.equals(staffProvinceId);
            case COUNTY_STAFF -> false;
        };
    }

    /** Whether a person of this province (null when not known) may take the course. */
    public boolean isOpenTo(Long personProvinceId) {
        return !archived && publishedVersionId != null
                && (provinceId == null || provinceId.equals(personProvinceId));
    }

    void publish(long versionId) {
        this.publishedVersionId = versionId;
    }

    /** Hidden from people who have not started it; enrolments and certificates stay. */
    public void archive() {
        this.archived = true;
    }

    public void unarchive() {
        this.archived = false;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** The province of a provincial course; null for a national one. */
    public Long getProvinceId() {
        return provinceId;
    }

    public Long getPublishedVersionId() {
        return publishedVersionId;
    }

    public boolean isArchived() {
        return archived;
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
