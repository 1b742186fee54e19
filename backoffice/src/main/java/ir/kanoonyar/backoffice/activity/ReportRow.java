package ir.kanoonyar.backoffice.activity;

import java.util.List;

import ir.kanoonyar.db.activity.ActivityPhotos;
import ir.kanoonyar.db.activity.ActivityReportStatus;

/**
 * One report as the review queue shows it: names, not ids (the ids only address the report and its
 * photos), dates already in Jalali.
 */
public record ReportRow(long id, int version, String kanoonName, String countyName, String provinceName,
                        String managerName, String corridor, String title, String activityDate, String audience,
                        int participants, String description, ActivityReportStatus status, String statusName,
                        String submittedAt, String reviewReason, String reviewedAt, boolean duplicatePhoto,
                        List<ActivityPhotos.Photo> photos, boolean decidable) {
}
