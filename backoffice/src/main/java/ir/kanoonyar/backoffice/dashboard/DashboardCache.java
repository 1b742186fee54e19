package ir.kanoonyar.backoffice.dashboard;

import java.sql.Timestamp;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import ir.kanoonyar.db.indicator.JalaliMonth;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboards computed since the last roll-up: their figures change only when a month is rolled up
 * (nightly, or «محاسبهٔ دوباره») or the dormant kanoons are marked again, so a dashboard is computed
 * once per region, period, type filter and map indicator and then served from memory. The entries
 * belong to a stamp read from the database (the last roll-up run's id and the last marking's time):
 * a recompute on any instance moves the stamp and every instance drops its entries at its next load.
 */
@Component
class DashboardCache {

    /**
     * A national dashboard holds about 1,000 table cells (some 100 KB), so 200 stay within about 20 MB of
     * the back-office's 256 MB heap; beyond it the generation starts over.
     */
    static final int MAX_ENTRIES = 200;

    /** What a dashboard depends on besides the summaries: the current month moves a year under way. */
    record Key(DashboardRegion region, Period period, KanoonType type, Indicator mapIndicator, JalaliMonth current) {
    }

    /** The summaries' state: the last roll-up run and the last marking of dormant kanoons. */
    record Stamp(Long lastRun, Timestamp lastMarked) {
    }

    private record Generation(Stamp stamp, Map<Key, DashboardFigures.Dashboard> dashboards) {
    }

    private final JdbcTemplate jdbc;
    private volatile Generation generation = new Generation(null, new ConcurrentHashMap<>());

    DashboardCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The dashboard of the key as of the summaries now, computed by the given supplier when this
     * stamp has not seen it. The stamp is read before the figures, so figures a roll-up committed in
     * between are at worst kept under the older stamp, which the next load replaces.
     */
    DashboardFigures.Dashboard get(Key key, Supplier<DashboardFigures.Dashboard> compute) {
        Stamp stamp = stamp();
        Generation current = generation;
        if (!Objects.equals(current.stamp(), stamp) || current.dashboards().size() >= MAX_ENTRIES) {
            current = new Generation(stamp, new ConcurrentHashMap<>());
            generation = current;
        }
        return current.dashboards().computeIfAbsent(key, k -> compute.get());
    }

    private Stamp stamp() {
        return jdbc.queryForObject("SELECT (SELECT MAX(id) FROM indicator_rollup_run),"
                + " (SELECT MAX(computed_at) FROM kanoon_dormancy)",
                (rs, n) -> new Stamp((Long) rs.getObject(1, Long.class), rs.getTimestamp(2)));
    }
}
