package ir.kanoonyar.db.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.request.Attachment;
import ir.kanoonyar.db.request.AttachmentRepository;
import ir.kanoonyar.db.request.AttachmentStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's side of activity reports: who may report (the manager of an active kanoon), what
 * each answer may be, submitting a draft (once), and editing or withdrawing a report within the
 * change window. Every id that came from a button is checked against the person asking.
 */
@Service
public class ActivityReports {

    private final ActivityReportRepository reports;
    private final KanoonRepository kanoons;
    private final AttachmentRepository attachments;
    private final AttachmentStore attachmentStore;
    private final ActivityPhotos photos;
    private final ActivitySettings settings;
    private final Clock clock;

    public ActivityReports(ActivityReportRepository reports, KanoonRepository kanoons, AttachmentRepository attachments,
                           AttachmentStore attachmentStore, ActivityPhotos photos, ActivitySettings settings,
                           Clock clock) {
        this.reports = reports;
        this.kanoons = kanoons;
        this.attachments = attachments;
        this.attachmentStore = attachmentStore;
        this.photos = photos;
        this.settings = settings;
        this.clock = clock;
    }

    /** The active kanoon this person manages, if any. */
    @Transactional(readOnly = true)
    public Optional<Kanoon> managedKanoon(Long personId) {
        return kanoons.activeManagedBy(personId).stream().findFirst();
    }

    public Optional<ActivityRefusal> checkTitle(String title) {
        if (title == null || title.isBlank()) {
            return Optional.of(ActivityRefusal.TITLE_EMPTY);
        }
        return title.length() > ActivityReport.TITLE_LENGTH ? Optional.of(ActivityRefusal.TITLE_TOO_LONG)
                : Optional.empty();
    }

    /** Not after today in Tehran, not more than the setting's days before it. */
    public Optional<ActivityRefusal> checkDate(LocalDate date) {
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        if (date.isAfter(today)) {
            return Optional.of(ActivityRefusal.DATE_IN_FUTURE);
        }
        return date.isBefore(oldestDate()) ? Optional.of(ActivityRefusal.DATE_TOO_OLD) : Optional.empty();
    }

    /** The earliest activity date that may still be reported. */
    public LocalDate oldestDate() {
        return JalaliDate.today(clock).toLocalDate().minusDays(settings.maxAgeDays());
    }

    public Optional<ActivityRefusal> checkParticipants(int participants) {
        return participants < settings.minParticipants() || participants > settings.maxParticipants()
                ? Optional.of(ActivityRefusal.PARTICIPANTS_OUT_OF_BOUNDS) : Optional.empty();
    }

    public Optional<ActivityRefusal> checkDescription(String description) {
        return description != null && description.length() > ActivityReport.DESCRIPTION_LENGTH
                ? Optional.of(ActivityRefusal.DESCRIPTION_TOO_LONG) : Optional.empty();
    }

    /**
     * Stores the draft as a report with its photos, or applies it to the report it edits. A draft
     * submitted before stores nothing again. A photo whose bytes another report already has is
     * marked, and so is the report.
     */
    @Transactional
    public SubmitOutcome submit(Long personId, ActivityDraft draft) {
        Optional<ActivityRefusal> refusal = check(personId, draft);
        if (refusal.isPresent()) {
            return new SubmitOutcome.Refused(refusal.get());
        }
        Instant now = clock.instant();
        if (draft.reportId != null) {
            Optional<ActivityReport> edited = reports.findById(draft.reportId)
                    .filter(r -> r.getManagerPersonId().equals(personId) && r.getKanoonId().equals(draft.kanoonId));
            if (edited.isEmpty()) {
                return new SubmitOutcome.Refused(ActivityRefusal.NOT_FOUND);
            }
            if (!isChangeable(edited.get())) {
                return new SubmitOutcome.Refused(ActivityRefusal.NO_LONGER_CHANGEABLE);
            }
            edited.get().describe(draft, now);
            return new SubmitOutcome.Submitted(reports.saveAndFlush(edited.get()), true);
        }
        Optional<ActivityReport> earlier = reports.findByDraftKey(draft.key);
        if (earlier.isPresent()) {
            return earlier.get().getManagerPersonId().equals(personId)
                    ? new SubmitOutcome.AlreadySubmitted(earlier.get())
                    : new SubmitOutcome.Refused(ActivityRefusal.NOT_FOUND);
        }
        ActivityReport report = new ActivityReport(draft.kanoonId, personId, draft.key, now);
        report.describe(draft, now);
        report = reports.saveAndFlush(report);
        int position = 0;
        for (Long attachmentId : draft.photoAttachmentIds) {
            Optional<Attachment> attachment = attachments.findById(attachmentId)
                    .filter(a -> a.getRequestId() == null && ActivityDraft.PHOTO_FIELD.equals(a.getFieldKey()));
            Optional<byte[]> bytes = attachment.flatMap(attachmentStore::read);
            if (bytes.isEmpty()) {
                continue;
            }
            String sha256 = attachment.get().getSha256();
            Long duplicateOf = photos.reportWithSameBytes(sha256, report.getId()).orElse(null);
            photos.add(report.getId(), ++position, attachment.get().getContentType(), bytes.get(), sha256, duplicateOf,
                    now);
            if (duplicateOf != null) {
                report.markDuplicatePhoto();
            }
        }
        return new SubmitOutcome.Submitted(reports.saveAndFlush(report), false);
    }

    private Optional<ActivityRefusal> check(Long personId, ActivityDraft draft) {
        Optional<Kanoon> kanoon = managedKanoon(personId);
        if (kanoon.isEmpty() || !kanoon.get().getId().equals(draft.kanoonId)) {
            return Optional.of(ActivityRefusal.NOT_A_MANAGER);
        }
        if (draft.key == null || draft.corridor == null || draft.activityDate == null || draft.audience == null) {
            return Optional.of(ActivityRefusal.INCOMPLETE);
        }
        if (draft.photoAttachmentIds.size() > settings.maxPhotos()) {
            return Optional.of(ActivityRefusal.TOO_MANY_PHOTOS);
        }
        List<Optional<ActivityRefusal>> checks = new ArrayList<>();
        checks.add(checkTitle(draft.title));
        checks.add(draft.reportId == null ? checkDate(draft.activityDate) : Optional.empty());
        checks.add(checkParticipants(draft.participants));
        checks.add(checkDescription(draft.description));
        return checks.stream().flatMap(Optional::stream).findFirst();
    }

    /** The person's latest reports, newest first. */
    @Transactional(readOnly = true)
    public List<ActivityReport> mine(Long personId) {
        return personId == null ? List.of() : reports.findTop10ByManagerPersonIdOrderBySubmittedAtDesc(personId);
    }

    /** Waiting for review or flagged, and submitted less than the change window ago. */
    public boolean isChangeable(ActivityReport report) {
        return (report.getStatus() == ActivityReportStatus.SUBMITTED
                || report.getStatus() == ActivityReportStatus.DOUBTFUL)
                && clock.instant().isBefore(report.getSubmittedAt().plus(settings.changeWindow()));
    }

    /** A report of this person that may still be edited or withdrawn, or why not. */
    @Transactional(readOnly = true)
    public Changeable changeable(Long personId, long reportId) {
        Optional<ActivityReport> report = reports.findById(reportId)
                .filter(r -> personId != null && r.getManagerPersonId().equals(personId));
        if (report.isEmpty()) {
            return new Changeable(null, ActivityRefusal.NOT_FOUND);
        }
        return isChangeable(report.get()) ? new Changeable(report.get(), null)
                : new Changeable(null, ActivityRefusal.NO_LONGER_CHANGEABLE);
    }

    /** A draft that edits the report (its photos stay); only for a changeable one. */
    public ActivityDraft draftOf(ActivityReport report) {
        ActivityDraft draft = new ActivityDraft();
        draft.key = report.getDraftKey();
        draft.kanoonId = report.getKanoonId();
        draft.reportId = report.getId();
        draft.corridor = report.getCorridor();
        draft.title = report.getTitle();
        draft.activityDate = report.getActivityDate();
        draft.audience = report.getAudience();
        draft.participants = report.getParticipants();
        draft.description = report.getDescription();
        draft.atSummary = true;
        return draft;
    }

    /** Withdraws the person's report; empty when done, else why not. */
    @Transactional
    public Optional<ActivityRefusal> withdraw(Long personId, long reportId) {
        Changeable found = changeable(personId, reportId);
        if (found.refusal() != null) {
            return Optional.of(found.refusal());
        }
        ActivityReport report = reports.findById(reportId).orElseThrow();
        report.withdraw(clock.instant());
        reports.saveAndFlush(report);
        return Optional.empty();
    }

    /** A report found for a change, or the refusal. */
    public record Changeable(ActivityReport report, ActivityRefusal refusal) {
    }
}
