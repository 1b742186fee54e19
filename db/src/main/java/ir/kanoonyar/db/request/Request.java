package ir.kanoonyar.db.request;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;

/**
 * A request (درخواست): its form answers, region, status, who acts next and by when. The status
 * only changes through {@link RequestWorkflow}, which checks the move and records it in the signed
 * timeline.
 */
@Entity
public class Request {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String trackingCode;

    @Enumerated(EnumType.STRING)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    private Long applicantPersonId;
    private Long provinceId;
    private Long countyId;
    private Long kanoonId;
    private Long mosqueId;

    @Enumerated(EnumType.STRING)
    private AssigneeLevel assigneeLevel;

    private Instant dueAt;

    /**
     * When staff were told the request passed its due time at its current step; null while not
     * escalated. Set only by the escalation job's guarded update, cleared by every change of step.
     */
    private Instant escalatedAt;

    /** The guideline in force when the request was (first) submitted; it is judged by that version. */
    private Long guidelineVersionId;

    private Instant submittedAt;
    private Instant decidedAt;
    private String lastStaffComment;

    /** Comma-separated form field keys a reviewer asked the applicant to fix. */
    private String fieldsToFix;

    private int timelineLength;
    private String timelineHeadHash;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "request_answer", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyColumn(name = "field_key")
    @Column(name = "value_text")
    private Map<String, String> answers = new LinkedHashMap<>();

    protected Request() {
    }

    public Request(String trackingCode, RequestType type, Long applicantPersonId, Instant createdAt) {
        this.trackingCode = trackingCode;
        this.type = type;
        this.applicantPersonId = applicantPersonId;
        this.status = RequestStatus.DRAFT;
        this.assigneeLevel = AssigneeLevel.APPLICANT;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void placeIn(Long provinceId, Long countyId) {
        this.provinceId = provinceId;
        this.countyId = countyId;
    }

    public void concern(Long kanoonId, Long mosqueId) {
        this.kanoonId = kanoonId;
        this.mosqueId = mosqueId;
    }

    /** Answers can change only while the applicant holds the request. */
    public void answer(String fieldKey, String value) {
        if (status != RequestStatus.DRAFT && status != RequestStatus.RETURNED) {
            throw new IllegalStateException("Request " + trackingCode + " is " + status + "; its answers are locked");
        }
        if (value == null) {
            answers.remove(fieldKey);
        } else {
            answers.put(fieldKey, value);
        }
    }

    // Workflow-only mutators: package-private, so nothing outside the workflow changes the status.

    void moveTo(RequestStatus target, Instant at, Instant dueAt) {
        status.checkMoveTo(target);
        this.status = target;
        this.assigneeLevel = AssigneeLevel.of(target);
        this.dueAt = dueAt;
        this.escalatedAt = null;
        this.updatedAt = at;
        if (target == RequestStatus.APPROVED || target == RequestStatus.REJECTED) {
            this.decidedAt = at;
        }
    }

    void markSubmitted(Long guidelineVersionId, Instant at) {
        if (this.submittedAt == null) {
            this.submittedAt = at;
            this.guidelineVersionId = guidelineVersionId;
        }
    }

    void recordStaffComment(String comment, List<String> fieldsToFix) {
        this.lastStaffComment = comment;
        this.fieldsToFix = fieldsToFix == null || fieldsToFix.isEmpty() ? null : String.join(",", fieldsToFix);
    }

    void clearFieldsToFix() {
        this.fieldsToFix = null;
    }

    void appendedToTimeline(String headHash) {
        this.timelineLength++;
        this.timelineHeadHash = headHash;
    }

    public Long getId() {
        return id;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public RequestType getType() {
        return type;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Long getApplicantPersonId() {
        return applicantPersonId;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Long getCountyId() {
        return countyId;
    }

    public Long getKanoonId() {
        return kanoonId;
    }

    public Long getMosqueId() {
        return mosqueId;
    }

    public AssigneeLevel getAssigneeLevel() {
        return assigneeLevel;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Long getGuidelineVersionId() {
        return guidelineVersionId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getLastStaffComment() {
        return lastStaffComment;
    }

    public List<String> getFieldsToFix() {
        return fieldsToFix == null ? List.of() : Arrays.asList(fieldsToFix.split(","));
    }

    public int getTimelineLength() {
        return timelineLength;
    }

    public String getTimelineHeadHash() {
        return timelineHeadHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public Map<String, String> getAnswers() {
        return Map.copyOf(answers);
    }
}
