package ir.kanoonyar.backoffice.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.activity.ActivityAudience;
import ir.kanoonyar.db.activity.ActivityPhotos;
import ir.kanoonyar.db.activity.ActivityReportStatus;
import ir.kanoonyar.db.activity.ActivityReviews;
import ir.kanoonyar.db.activity.ActivityTexts;
import ir.kanoonyar.db.activity.Corridor;
import ir.kanoonyar.db.persian.JalaliDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The reports a staff member may see: county staff their county's, province staff their province's,
 * the national admin all; newest first, filtered by status. A report outside the scope is not found.
 */
@Service
public class ReviewQueue {

    static final int SHOWN = 50;

    private static final String SELECT = "SELECT r.id, r.version, k.name, c.name, p.name, m.first_name, m.last_name,"
            + " r.corridor, r.title, r.activity_date, r.audience, r.participants, r.description, r.status,"
            + " r.submitted_at, r.review_reason, r.reviewed_at, r.duplicate_photo, k.province_id, k.county_id"
            + " FROM activity_report r JOIN kanoon k ON k.id = r.kanoon_id JOIN county c ON c.id = k.county_id"
            + " JOIN province p ON p.id = k.province_id JOIN person m ON m.id = r.manager_person_id";

    private final JdbcTemplate jdbc;
    private final ActivityPhotos photos;

    ReviewQueue(JdbcTemplate jdbc, ActivityPhotos photos) {
        this.jdbc = jdbc;
        this.photos = photos;
    }

    /** The reviewer level of a staff member; empty for the national admin, who only reads. */
    static Optional<ActivityReviews.Level> level(StaffScope scope) {
        return switch (scope.role()) {
            case COUNTY_STAFF -> Optional.of(ActivityReviews.Level.COUNTY);
            case PROVINCE_STAFF -> Optional.of(ActivityReviews.Level.PROVINCE);
            case NATIONAL_ADMIN -> Optional.empty();
        };
    }

    /** @param status null: every status */
    List<ReportRow> list(StaffScope scope, ActivityReportStatus status) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(where(scope, status, args));
        sql.append(" ORDER BY r.submitted_at DESC, r.id DESC LIMIT ").append(SHOWN);
        return jdbc.query(sql.toString(), (rs, n) -> row(rs, scope), args.toArray());
    }

    /** How many reports of the scope are in that status (all of them, not only those shown). */
    public long count(StaffScope scope, ActivityReportStatus status) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM activity_report r JOIN kanoon k ON k.id = r.kanoon_id"
                + where(scope, status, args);
        Long count = jdbc.queryForObject(sql, Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    private static String where(StaffScope scope, ActivityReportStatus status, List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        switch (scope.role()) {
            case COUNTY_STAFF -> {
                sql.append(" AND k.county_id = ?");
                args.add(scope.countyId());
            }
            case PROVINCE_STAFF -> {
                sql.append(" AND k.province_id = ?");
                args.add(scope.provinceId());
            }
            case NATIONAL_ADMIN -> {
            }
        }
        if (status != null) {
            sql.append(" AND r.status = ?");
            args.add(status.name());
        }
        return sql.toString();
    }

    /** The report, when the staff member's scope covers its kanoon. */
    Optional<ReportRow> find(StaffScope scope, long reportId) {
        return jdbc.query(SELECT + " WHERE r.id = ?", (rs, n) -> scope.covers(rs.getLong(19), rs.getLong(20))
                ? row(rs, scope) : null, reportId).stream().filter(r -> r != null).findFirst();
    }

    private ReportRow row(ResultSet rs, StaffScope scope) throws SQLException {
        long id = rs.getLong(1);
        ActivityReportStatus status = ActivityReportStatus.valueOf(rs.getString(14));
        Timestamp reviewed = rs.getTimestamp(17);
        boolean decidable = level(scope).map(l -> ActivityReviews.mayDecide(l, status)).orElse(false);
        return new ReportRow(id, rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                (nullToEmpty(rs.getString(6)) + " " + nullToEmpty(rs.getString(7))).strip(),
                ActivityTexts.corridor(Corridor.valueOf(rs.getString(8))), rs.getString(9),
                JalaliDate.from(rs.getDate(10).toLocalDate()).formatLong(),
                ActivityTexts.audience(ActivityAudience.valueOf(rs.getString(11))), rs.getInt(12), rs.getString(13),
                status, ActivityTexts.status(status), JalaliDate.tehranDayAndTime(rs.getTimestamp(15).toInstant()),
                rs.getString(16), reviewed == null ? null : JalaliDate.tehranDayAndTime(reviewed.toInstant()),
                rs.getBoolean(18), photos.of(id), decidable);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
