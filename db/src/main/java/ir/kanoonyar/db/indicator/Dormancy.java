package ir.kanoonyar.db.indicator;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ir.kanoonyar.db.persian.JalaliDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dormant kanoons (راکد): kanoons that are not closed and have had no accepted activity report for the
 * setting's days (kanoonyar.indicators.dormant-days, 90), or never had one. Marked in kanoon_dormancy
 * by the nightly roll-up; the dormant lists and the reminder's broadcast segment read it.
 */
@Service
public class Dormancy {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int dormantDays;

    public Dormancy(JdbcTemplate jdbc, Clock clock, @Value("${kanoonyar.indicators.dormant-days:90}") int dormantDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.dormantDays = dormantDays;
    }

    public int dormantDays() {
        return dormantDays;
    }

    /**
     * Marks every kanoon as of today in Tehran: dormant when its last accepted activity is older than
     * the setting's days (before today minus the days), or when there is none.
     *
     * @return how many are dormant
     */
    @Transactional
    public int mark() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(JalaliDate.TEHRAN).toLocalDate();
        LocalDate since = today.minusDays(dormantDays);
        // One pass over the accepted reports (a correlated MAX per kanoon took minutes at national scale).
        Map<Long, Date> lastAccepted = new HashMap<>();
        jdbc.query("SELECT kanoon_id, MAX(activity_date) FROM activity_report WHERE status = 'ACCEPTED'"
                + " GROUP BY kanoon_id", rs -> {
                    lastAccepted.put(rs.getLong(1), rs.getDate(2));
                });
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("SELECT k.id, k.province_id, k.county_id FROM kanoon k WHERE k.status <> 'CLOSED'",
                rs -> {
                    Date last = lastAccepted.get(rs.getLong(1));
                    boolean dormant = last == null || last.toLocalDate().isBefore(since);
                    rows.add(new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), last, dormant,
                        Timestamp.from(now)});
                });
        jdbc.update("DELETE FROM kanoon_dormancy");
        jdbc.batchUpdate("INSERT INTO kanoon_dormancy (kanoon_id, province_id, county_id, last_accepted_on, dormant,"
                + " computed_at) VALUES (?, ?, ?, ?, ?, ?)", rows);
        return (int) rows.stream().filter(r -> (Boolean) r[4]).count();
    }
}
