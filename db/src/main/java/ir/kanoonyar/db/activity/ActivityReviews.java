package ir.kanoonyar.db.activity;

import java.time.Clock;
import java.util.Optional;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.persian.PersianText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff decisions on reports: county staff accept a report waiting for review or flag it as doubtful
 * with a reason; province staff may also re-review one already decided. A withdrawn report is
 * decided by nobody. The manager is told in the bot, in the same transaction. Who may see the report
 * at all (its region) is the caller's check, made before this.
 */
@Service
public class ActivityReviews {

    /** The level a reviewer decides at. */
    public enum Level {
        COUNTY,
        PROVINCE
    }

    private final ActivityReportRepository reports;
    private final KanoonRepository kanoons;
    private final ActivityNotices notices;
    private final Clock clock;

    public ActivityReviews(ActivityReportRepository reports, KanoonRepository kanoons, ActivityNotices notices,
                           Clock clock) {
        this.reports = reports;
        this.kanoons = kanoons;
        this.notices = notices;
        this.clock = clock;
    }

    /** Whether a reviewer of this level may decide on the report as it is now. */
    public static boolean mayDecide(Level level, ActivityReportStatus status) {
        return switch (status) {
            case SUBMITTED -> true;
            case ACCEPTED, DOUBTFUL -> level == Level.PROVINCE;
            case WITHDRAWN -> false;
        };
    }

    /**
     * Accepts the report (decision ACCEPTED) or flags it (DOUBTFUL, with a reason).
     *
     * @param version the report's version the reviewer saw
     * @return empty when decided, else why not
     */
    @Transactional
    public Optional<ActivityRefusal> decide(Level level, long staffAccountId, long reportId, int version,
                                            ActivityReportStatus decision, String typedReason) {
        ActivityReport report = reports.findById(reportId).orElse(null);
        if (report == null) {
            return Optional.of(ActivityRefusal.NOT_FOUND);
        }
        if (report.getVersion() != version) {
            return Optional.of(ActivityRefusal.STALE);
        }
        if (!mayDecide(level, report.getStatus()) || report.getStatus() == decision
                || (decision != ActivityReportStatus.ACCEPTED && decision != ActivityReportStatus.DOUBTFUL)) {
            return Optional.of(ActivityRefusal.NOT_REVIEWABLE);
        }
        String reason = typedReason == null ? "" : PersianText.normalize(typedReason);
        if (decision == ActivityReportStatus.DOUBTFUL) {
            if (reason.isEmpty()) {
                return Optional.of(ActivityRefusal.REASON_REQUIRED);
            }
            if (reason.length() > ActivityReport.REASON_LENGTH) {
                return Optional.of(ActivityRefusal.REASON_TOO_LONG);
            }
        }
        report.review(decision, staffAccountId, reason.isEmpty() ? null : reason, clock.instant());
        reports.saveAndFlush(report);
        String kanoonName = kanoons.findById(report.getKanoonId()).map(Kanoon::getName).orElse("");
        notices.reviewed(report, kanoonName);
        return Optional.empty();
    }
}
