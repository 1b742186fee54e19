package ir.kanoonyar.db.activity;

/**
 * Where a report is: SUBMITTED waits for county staff; ACCEPTED counts in the indicators; DOUBTFUL
 * was flagged by staff with a reason; WITHDRAWN was taken back by its manager.
 */
public enum ActivityReportStatus {
    SUBMITTED,
    ACCEPTED,
    DOUBTFUL,
    WITHDRAWN
}
