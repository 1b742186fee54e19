package ir.kanoonyar.backoffice.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One month's sums over a region's kanoons (a row of region_month_figures, or several added up):
 * what every figure of a dashboard is computed from.
 */
record Sums(long kanoons, long reporting, long reports, long participants, long corridorsSum, long regularSum,
            long managers, long trained, long licences, long members, long young, long tenureSum, long tenureCount,
            long changes, double scoreSum) {

    static final Sums ZERO = new Sums(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The SUM(…) columns in the order {@link #read} reads them, from alias f. */
    static final String COLUMNS = "SUM(f.kanoons), SUM(f.reporting_kanoons), SUM(f.accepted_reports),"
            + " SUM(f.participants), SUM(f.corridors_sum), SUM(f.regular_sum), SUM(f.managers), SUM(f.trained_managers),"
            + " SUM(f.valid_licences), SUM(f.members), SUM(f.young_managers), SUM(f.tenure_days_sum),"
            + " SUM(f.tenure_count), SUM(f.manager_changes), SUM(f.score_sum)";

    static Sums read(ResultSet rs, int from) throws SQLException {
        return new Sums(rs.getLong(from), rs.getLong(from + 1), rs.getLong(from + 2), rs.getLong(from + 3),
                rs.getLong(from + 4), rs.getLong(from + 5), rs.getLong(from + 6), rs.getLong(from + 7),
                rs.getLong(from + 8), rs.getLong(from + 9), rs.getLong(from + 10), rs.getLong(from + 11),
                rs.getLong(from + 12), rs.getLong(from + 13), rs.getDouble(from + 14));
    }

    /** Flows (reports, participants, manager changes) of both; stocks (everything else) of the later one. */
    Sums then(Sums later) {
        return new Sums(later.kanoons, later.reporting, reports + later.reports, participants + later.participants,
                later.corridorsSum, later.regularSum, later.managers, later.trained, later.licences, later.members,
                later.young, later.tenureSum, later.tenureCount, changes + later.changes, later.scoreSum);
    }

    Double averageScore() {
        return kanoons == 0 ? null : scoreSum / kanoons;
    }

    Double reportingShare() {
        return share(reporting, kanoons);
    }

    Double trainingShare() {
        return share(trained, managers);
    }

    Double licenceShare() {
        return share(licences, kanoons);
    }

    Double youthShare() {
        return share(young, managers);
    }

    Double tenureYears() {
        return tenureCount == 0 ? null : tenureSum / (double) tenureCount / 365.25;
    }

    Double reportsPerKanoon() {
        return kanoons == 0 ? null : reports / (double) kanoons;
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
