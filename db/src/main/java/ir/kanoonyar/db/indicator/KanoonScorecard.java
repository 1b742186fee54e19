package ir.kanoonyar.db.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A kanoon's report card («کارنامه‌ی کانون»): its last rolled-up months beside its county's average per
 * kanoon, read only from the summary tables ({@code kanoon_month_figures}, {@code region_month_figures}),
 * never from raw reports. The county is the one the kanoon was counted in that month; the average is over
 * all kanoon types of the county. Callers check that the asker may see the kanoon.
 */
@Service
public class KanoonScorecard {

    private final JdbcTemplate jdbc;

    public KanoonScorecard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The kanoon's latest {@code months} rolled-up months, newest first; empty when none is rolled up. */
    @Transactional(readOnly = true)
    public List<KanoonMonthBeside> lastMonths(long kanoonId, int months) {
        List<Object[]> rows = jdbc.query("SELECT month_key, county_id, accepted_reports, participants, score"
                        + " FROM kanoon_month_figures WHERE kanoon_id = ? ORDER BY month_key DESC LIMIT ?",
                (rs, i) -> new Object[] {rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5)},
                kanoonId, months);
        List<KanoonMonthBeside> card = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            JalaliMonth month = JalaliMonth.ofKey((Integer) row[0]);
            if (month == null) {
                continue;
            }
            BigDecimal[] county = jdbc.queryForObject("SELECT SUM(kanoons), SUM(accepted_reports), SUM(participants),"
                            + " SUM(score_sum) FROM region_month_figures WHERE level = 'COUNTY' AND region_id = ?"
                            + " AND month_key = ?",
                    (rs, i) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4)}, row[1], row[0]);
            BigDecimal kanoons = county[0];
            boolean none = kanoons == null || kanoons.signum() == 0;
            card.add(new KanoonMonthBeside(month, (Integer) row[2], (Integer) row[3],
                    ((BigDecimal) row[4]).setScale(1, RoundingMode.HALF_UP),
                    none ? null : perKanoon(county[1], kanoons, 1),
                    none ? null : perKanoon(county[2], kanoons, 0),
                    none ? null : perKanoon(county[3], kanoons, 1)));
        }
        return card;
    }

    private static BigDecimal perKanoon(BigDecimal sum, BigDecimal kanoons, int scale) {
        return (sum == null ? BigDecimal.ZERO : sum).divide(kanoons, scale, RoundingMode.HALF_UP);
    }
}
