package ir.kanoonyar.backoffice.licences;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.kanoon.LicenceStatus;
import ir.kanoonyar.db.persian.JalaliDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The licences a staff member may see, filtered: always inside their region (county staff their
 * county, province staff their province, the national admin all), whatever the filters ask. One SQL
 * query over licence, kanoon, mosque, manager and region, newest expiry last.
 */
@Service
@Transactional(readOnly = true)
class LicenceList {

    static final int PAGE_SIZE = 25;
    /** The export's bound: a whole country's licences fit, a runaway query does not. */
    static final int EXPORT_LIMIT = 100_000;

    private static final String FROM = " FROM licence l JOIN kanoon k ON k.id = l.kanoon_id"
            + " LEFT JOIN mosque m ON m.id = k.mosque_id LEFT JOIN person p ON p.id = k.manager_person_id"
            + " JOIN county c ON c.id = k.county_id JOIN province pr ON pr.id = k.province_id";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LicenceList(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Page(List<LicenceRow> rows, long total, int page, boolean hasNext) {
    }

    Page page(StaffScope scope, LicenceQuery query) {
        List<Object> args = new ArrayList<>();
        String where = where(scope, query, args);
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + FROM + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(PAGE_SIZE);
        pageArgs.add((long) query.page() * PAGE_SIZE);
        List<LicenceRow> rows = jdbc.query(select() + where + " ORDER BY l.valid_until, l.id LIMIT ? OFFSET ?",
                this::row, pageArgs.toArray());
        long count = total == null ? 0 : total;
        return new Page(rows, count, query.page(), (long) (query.page() + 1) * PAGE_SIZE < count);
    }

    /** Every licence of the filter, for the export. */
    List<LicenceRow> all(StaffScope scope, LicenceQuery query) {
        List<Object> args = new ArrayList<>();
        String where = where(scope, query, args);
        args.add(EXPORT_LIMIT);
        return jdbc.query(select() + where + " ORDER BY l.valid_until, l.id LIMIT ?", this::row, args.toArray());
    }

    private static String select() {
        return "SELECT l.id, l.number, l.status, l.issued_on, l.valid_until, l.status_changed_at, l.status_reason,"
                + " l.request_id, k.name AS kanoon_name, m.name AS mosque_name, p.first_name, p.last_name,"
                + " c.name AS county_name, pr.name AS province_name, l.kanoon_id,"
                + " (SELECT COUNT(*) FROM kanoon_member km WHERE km.kanoon_id = l.kanoon_id) AS member_count,"
                + " (SELECT MAX(s.decided_at) FROM sign_photo s WHERE s.kanoon_id = k.id AND s.status = 'CONFIRMED')"
                + " AS sign_confirmed_at" + FROM;
    }

    private String where(StaffScope scope, LicenceQuery query, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        switch (scope.role()) {
            case COUNTY_STAFF -> {
                where.append(" AND k.county_id = ?");
                args.add(scope.countyId());
            }
            case PROVINCE_STAFF -> {
                where.append(" AND k.province_id = ?");
                args.add(scope.provinceId());
            }
            case NATIONAL_ADMIN -> {
            }
        }
        if (query.province() != null) {
            where.append(" AND k.province_id = ?");
            args.add(query.province());
        }
        if (query.county() != null) {
            where.append(" AND k.county_id = ?");
            args.add(query.county());
        }
        if (query.status() != null) {
            where.append(" AND l.status = ?");
            args.add(query.status().name());
        }
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        if ("expired".equals(query.expiry())) {
            where.append(" AND l.valid_until < ?");
            args.add(Date.valueOf(today));
        } else if ("within".equals(query.expiry())) {
            where.append(" AND l.valid_until >= ? AND l.valid_until <= ?");
            args.add(Date.valueOf(today));
            args.add(Date.valueOf(today.plusDays(query.days())));
        }
        String digits = query.numberDigits();
        if (digits != null) {
            where.append(" AND REPLACE(l.number, '-', '') LIKE ?");
            args.add("%" + digits + "%");
        } else if (!query.search().isEmpty()) {
            String like = "%" + escapeLike(query.search()) + "%";
            where.append(" AND (k.name LIKE ? OR m.name LIKE ? OR CONCAT(COALESCE(p.first_name, ''), ' ',"
                    + " COALESCE(p.last_name, '')) LIKE ? OR l.number LIKE ?)");
            args.add(like);
            args.add(like);
            args.add(like);
            args.add(like);
        }
        return where.toString();
    }

    /** LIKE's wildcards typed by a person match themselves (the default escape character is the backslash). */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private LicenceRow row(ResultSet rs, int n) throws SQLException {
        LocalDate validUntil = rs.getDate("valid_until").toLocalDate();
        Timestamp changed = rs.getTimestamp("status_changed_at");
        Timestamp signConfirmed = rs.getTimestamp("sign_confirmed_at");
        String manager = ((rs.getString("first_name") == null ? "" : rs.getString("first_name")) + " "
                + (rs.getString("last_name") == null ? "" : rs.getString("last_name"))).strip();
        long requestId = rs.getLong("request_id");
        boolean noRequest = rs.wasNull();
        return new LicenceRow(rs.getLong("id"), rs.getString("number"), LicenceStatus.valueOf(rs.getString("status")),
                rs.getString("kanoon_name"), rs.getString("mosque_name") == null ? "" : rs.getString("mosque_name"),
                manager, rs.getString("county_name"), rs.getString("province_name"),
                JalaliDate.from(rs.getDate("issued_on").toLocalDate()).formatLong(),
                JalaliDate.from(validUntil).formatLong(),
                changed == null ? null : JalaliDate.of(changed.toInstant(), JalaliDate.TEHRAN).formatLong(),
                rs.getString("status_reason"), noRequest ? null : requestId,
                validUntil.isBefore(JalaliDate.today(clock).toLocalDate()), rs.getLong("kanoon_id"),
                rs.getLong("member_count"),
                signConfirmed == null ? null : JalaliDate.of(signConfirmed.toInstant(), JalaliDate.TEHRAN).formatLong());
    }
}
