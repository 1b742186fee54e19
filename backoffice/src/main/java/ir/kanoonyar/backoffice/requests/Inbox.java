package ir.kanoonyar.backoffice.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests waiting at a staff member's step in their region. Every query starts with the scope
 * condition (status and county or province), which is also the leading part of the indexes
 * ix_request_inbox_county / _province, followed by (due_at, id) for the order and the keyset.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

    private static final String FROM = " FROM request r JOIN person p ON p.id = r.applicant_person_id"
            + " LEFT JOIN county c ON c.id = r.county_id";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Inbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The status that waits at this staff member's step: the national admin watches the provinces' step. */
    static RequestStatus statusFor(StaffScope scope) {
        RequestStatus status = scope.inboxStatus();
        return status == null ? RequestStatus.PROVINCE_REVIEW : status;
    }

    /** What waits at a staff member's step, as their unfiltered inbox lists it: all, overdue, escalated. */
    public record Waiting(int pending, int overdue, int escalated) {
    }

    /** The counts of the inbox without filters, for the morning digest: the same scope as the page. */
    public Waiting waiting(StaffScope scope, Instant now) {
        Where all = where(scope, new InboxQuery(null, null, false, false, null, null), now, false);
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.from(now));
        args.addAll(all.args);
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(CASE WHEN r.due_at < ? THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN r.escalated_at IS NOT NULL THEN 1 ELSE 0 END), 0)" + FROM + all.sql,
                (rs, i) -> new Waiting(rs.getInt(1), rs.getInt(2), rs.getInt(3)), args.toArray());
    }

    public InboxPage page(StaffScope scope, InboxQuery query) {
        Instant now = clock.instant();

        Where counted = where(scope, query, now, false);
        Map<RequestType, Long> counts = new EnumMap<>(RequestType.class);
        jdbc.query("SELECT r.type, COUNT(*)" + FROM + counted.sql + " GROUP BY r.type",
                rs -> {
                    counts.put(RequestType.valueOf(rs.getString(1)), rs.getLong(2));
                }, counted.args.toArray());
        long total = query.type() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(query.type(), 0L);

        Where listed = where(scope, query, now, true);
        List<Object> args = new ArrayList<>(listed.args);
        args.add(InboxQuery.PAGE_SIZE + 1);
        List<InboxRow> rows = jdbc.query("SELECT r.id, r.tracking_code, r.type, r.status, r.due_at, c.name,"
                        + " p.first_name, p.last_name, p.national_code, r.escalated_at" + FROM + listed.sql
                        + " ORDER BY r.due_at, r.id LIMIT ?",
                (rs, i) -> {
                    Timestamp due = rs.getTimestamp(5);
                    Instant dueAt = due == null ? null : due.toInstant();
                    String code = rs.getString(2);
                    String name = ((rs.getString(7) == null ? "" : rs.getString(7)) + " "
                            + (rs.getString(8) == null ? "" : rs.getString(8))).trim();
                    return new InboxRow(rs.getLong(1), code, RequestType.valueOf(rs.getString(3)),
                            RequestStatus.valueOf(rs.getString(4)), dueAt, rs.getString(6), name, rs.getString(9),
                            dueAt != null && dueAt.isBefore(now), rs.getTimestamp(10) != null,
                            TrackingCode.isValid(code) ? PersianText.toPersianDigits(TrackingCode.display(code))
                                    : PersianText.toPersianDigits(code),
                            dueAt == null ? "" : JalaliDate.of(dueAt, JalaliDate.TEHRAN).formatLong());
                }, args.toArray());
        String next = null;
        if (rows.size() > InboxQuery.PAGE_SIZE) {
            rows = rows.subList(0, InboxQuery.PAGE_SIZE);
            InboxRow last = rows.get(rows.size() - 1);
            next = new InboxQuery.Cursor(last.dueAt(), last.id()).format();
        }
        return new InboxPage(List.copyOf(rows), counts, total, next);
    }

    private record Where(String sql, List<Object> args) {
    }

    private Where where(StaffScope scope, InboxQuery query, Instant now, boolean forPage) {
        StringBuilder sql = new StringBuilder(" WHERE r.status = ?");
        List<Object> args = new ArrayList<>();
        args.add(statusFor(scope).name());
        // The scope: never left out, whatever the filters say.
        switch (scope.role()) {
            case COUNTY_STAFF -> {
                sql.append(" AND r.county_id = ?");
                args.add(scope.countyId());
            }
            case PROVINCE_STAFF -> {
                sql.append(" AND r.province_id = ?");
                args.add(scope.provinceId());
            }
            case NATIONAL_ADMIN -> {
            }
        }
        if (query.countyId() != null) {
            sql.append(" AND r.county_id = ?");
            args.add(query.countyId());
        }
        if (query.overdue()) {
            sql.append(" AND r.due_at < ?");
            args.add(Timestamp.from(now));
        }
        if (query.escalated()) {
            sql.append(" AND r.escalated_at IS NOT NULL");
        }
        search(query.search(), sql, args);
        if (forPage) {
            if (query.type() != null) {
                sql.append(" AND r.type = ?");
                args.add(query.type().name());
            }
            if (query.after() != null) {
                Timestamp due = Timestamp.from(query.after().dueAt());
                sql.append(" AND (r.due_at > ? OR (r.due_at = ? AND r.id > ?))");
                args.add(due);
                args.add(due);
                args.add(query.after().id());
            }
        }
        return new Where(sql.toString(), args);
    }

    /** A tracking code or national code (digits in any script, dashes and spaces ignored), else a name. */
    private static void search(String typed, StringBuilder sql, List<Object> args) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        String digits = TrackingCode.normalize(typed);
        if (!digits.isEmpty() && digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            String nationalCode = digits.length() >= 8 && digits.length() < 10
                    ? "0".repeat(10 - digits.length()) + digits : digits;
            sql.append(" AND (r.tracking_code = ? OR p.national_code = ?)");
            args.add(digits);
            args.add(nationalCode);
            return;
        }
        String name = PersianText.normalize(typed);
        String like = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        sql.append(" AND (CONCAT(COALESCE(p.first_name, ''), ' ', COALESCE(p.last_name, '')) LIKE ?"
                + " OR p.last_name LIKE ?)");
        args.add(like);
        args.add(like);
    }
}
