package ir.kanoonyar.db.activity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An activity a kanoon's manager reported in the bot, and its review by staff. Its photos are rows of
 * activity_report_photo, kept and read by {@link ActivityPhotos}.
 */
@Entity
public class ActivityReport {

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 1000;
    public static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long kanoonId;
    private Long managerPersonId;

    @Enumerated(EnumType.STRING)
    private Corridor corridor;

    private String title;
    private LocalDate activityDate;

    @Enumerated(EnumType.STRING)
    private ActivityAudience audience;

    private int participants;
    private String description;

    @Enumerated(EnumType.STRING)
    private ActivityReportStatus status;

    private Instant submittedAt;
    private Instant reviewedAt;
    private Long reviewedBy;
    private String reviewReason;
    private boolean duplicatePhoto;
    private String draftKey;
    private Instant updatedAt;

    @Version
    private int version;

    protected ActivityReport() {
    }

    public ActivityReport(Long kanoonId, Long managerPersonId, String draftKey, Instant now) {
        this.kanoonId = kanoonId;
        this.managerPersonId = managerPersonId;
        this.draftKey = draftKey;
        this.status = ActivityReportStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** The manager's answers: a new report's, or an edit's (which sends it back to review). */
    void describe(ActivityDraft draft, Instant now) {
        this.corridor = draft.corridor;
        this.title = draft.title;
        this.activityDate = draft.activityDate;
        this.audience = draft.audience;
        this.participants = draft.participants;
        this.description = draft.description == null || draft.description.isBlank() ? null : draft.description;
        this.updatedAt = now;
        if (id != null) {
            this.status = ActivityReportStatus.SUBMITTED;
            this.reviewedAt = null;
            this.reviewedBy = null;
            this.reviewReason = null;
        }
    }

    void withdraw(Instant now) {
        this.status = ActivityReportStatus.WITHDRAWN;
        this.updatedAt = now;
    }

    void review(ActivityReportStatus decision, Long staffAccountId, String reason, Instant now) {
        this.status = decision;
        this.reviewedBy = staffAccountId;
        this.reviewReason = reason;
        this.reviewedAt = now;
        this.updatedAt = now;
    }

    void markDuplicatePhoto() {
        this.duplicatePhoto = true;
    }

    public Long getId() {
        return id;
    }

    public Long getKanoonId() {
        return kanoonId;
    }

    public Long getManagerPersonId() {
        return managerPersonId;
    }

    public Corridor getCorridor() {
        return corridor;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getActivityDate() {
        return activityDate;
    }

    public ActivityAudience getAudience() {
        return audience;
    }

    public int getParticipants() {
        return participants;
    }

    public String getDescription() {
        return description;
    }

    public ActivityReportStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Long getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public boolean isDuplicatePhoto() {
        return duplicatePhoto;
    }

    public String getDraftKey() {
        return draftKey;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
