package ir.kanoonyar.backoffice.digest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.request.RequestStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How much waits at a staff member's step in their scope: the same requests as their inbox (the
 * national admin watches the provinces' step), with how many are overdue and escalated.
 */
@Component
public class PendingWork {

    /** Counts of one staff member's inbox. */
    public record Counts(int pending, int overdue, int escalated) {
    }

    private final JdbcTemplate jdbc;

    public PendingWork(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Counts of(StaffScope scope, Instant now) {
        RequestStatus status = scope.inboxStatus() == null ? RequestStatus.PROVINCE_REVIEW : scope.inboxStatus();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*), COALESCE(SUM(CASE WHEN due_at < ? THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN escalated_at IS NOT NULL THEN 1 ELSE 0 END), 0)"
                + " FROM request WHERE status = ?");
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(now), status.name()));
        switch (scope.role()) {
            case COUNTY_STAFF -> {
                sql.append(" AND county_id = ?");
                args.add(scope.countyId());
            }
            case PROVINCE_STAFF -> {
                sql.append(" AND province_id = ?");
                args.add(scope.provinceId());
            }
            case NATIONAL_ADMIN -> {
            }
        }
        return jdbc.queryForObject(sql.toString(), (rs, i) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3)),
                args.toArray());
    }
}
