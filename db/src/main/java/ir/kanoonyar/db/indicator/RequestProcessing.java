package ir.kanoonyar.db.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How long the review steps took: every time a request left COUNTY_REVIEW or PROVINCE_REVIEW in the
 * month (forwarded, approved, rejected, returned or withdrawn, by its signed timeline), the hours since
 * it entered that step. Per county, province and nation, request type and step: the count, the median,
 * the 90th percentile, and the breaches: steps longer than the review days of the request's route (the
 * province's own route, else the national default). The same steps counted by their hours
 * (region_month_processing_hours) let a dashboard take the percentiles of a season or a year.
 */
@Component
class RequestProcessing {

    private static final String[] STEPS = {"COUNTY_REVIEW", "PROVINCE_REVIEW"};

    private final JdbcTemplate jdbc;

    RequestProcessing(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One finished step of one request. */
    private record Step(String type, String step, long provinceId, long countyId, double hours, int reviewDays) {
    }

    void rollUp(JalaliMonth month) {
        jdbc.update("DELETE FROM region_month_processing WHERE month_key = ?", month.key());
        jdbc.update("DELETE FROM region_month_processing_hours WHERE month_key = ?", month.key());
        Map<String, Integer> routeDays = routeDays();
        List<Step> steps = new ArrayList<>();
        for (String step : STEPS) {
            jdbc.query("SELECT r.type, r.province_id, r.county_id, e.occurred_at,"
                            + " (SELECT MAX(s.occurred_at) FROM timeline_event s WHERE s.request_id = e.request_id"
                            + "  AND s.seq < e.seq AND s.to_status = e.from_status)"
                            + " FROM timeline_event e JOIN request r ON r.id = e.request_id"
                            + " WHERE e.from_status = ? AND (e.to_status IS NULL OR e.to_status <> e.from_status)"
                            + " AND e.occurred_at >= ? AND e.occurred_at < ? AND r.county_id IS NOT NULL",
                    rs -> {
                        Timestamp entered = rs.getTimestamp(5);
                        if (entered == null) {
                            return;
                        }
                        Instant left = rs.getTimestamp(4).toInstant();
                        double hours = Duration.between(entered.toInstant(), left).toMinutes() / 60.0;
                        String type = rs.getString(1);
                        long provinceId = rs.getLong(2);
                        Integer days = routeDays.get(provinceId + ":" + type);
                        if (days == null) {
                            days = routeDays.getOrDefault("0:" + type, Integer.MAX_VALUE / 24);
                        }
                        steps.add(new Step(type, step, provinceId, rs.getLong(3), hours, days));
                    }, step, Timestamp.from(month.start()), Timestamp.from(month.end()));
        }
        Map<List<Object>, List<Step>> groups = new LinkedHashMap<>();
        for (Step s : steps) {
            for (List<Object> region : List.<List<Object>>of(List.of(IndicatorRollup.COUNTY, s.countyId),
                    List.of(IndicatorRollup.PROVINCE, s.provinceId), List.of(IndicatorRollup.NATION, 0L))) {
                groups.computeIfAbsent(List.of(region.get(0), region.get(1), s.type, s.step), x -> new ArrayList<>())
                        .add(s);
            }
        }
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> hourRows = new ArrayList<>();
        groups.forEach((key, group) -> {
            double[] hours = group.stream().mapToDouble(Step::hours).sorted().toArray();
            long breaches = group.stream().filter(s -> s.hours > s.reviewDays * 24.0).count();
            rows.add(new Object[] {key.get(0), key.get(1), month.key(), key.get(2), key.get(3), hours.length,
                round(percentile(hours, 50)), round(percentile(hours, 90)), breaches});
            Map<BigDecimal, long[]> byHours = new TreeMap<>();
            for (Step s : group) {
                long[] counts = byHours.computeIfAbsent(bucket(s.hours), x -> new long[2]);
                counts[0]++;
                counts[1] += s.hours > s.reviewDays * 24.0 ? 1 : 0;
            }
            byHours.forEach((h, counts) -> hourRows.add(new Object[] {key.get(0), key.get(1), month.key(), key.get(2),
                key.get(3), h, counts[0], counts[1]}));
        });
        jdbc.batchUpdate("INSERT INTO region_month_processing (level, region_id, month_key, request_type, step, steps,"
                + " median_hours, p90_hours, breaches) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("INSERT INTO region_month_processing_hours (level, region_id, month_key, request_type, step,"
                + " hours, steps, breaches) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", hourRows);
    }

    /**
     * A step's hours as the period figures count them: to a tenth of an hour under 48 hours, to the hour
     * from 48 on, so that a region's month keeps a few hundred rows however many requests it reviewed.
     */
    static BigDecimal bucket(double hours) {
        return hours < 48 ? round(hours) : BigDecimal.valueOf(hours).setScale(0, RoundingMode.HALF_UP).setScale(1);
    }

    /**
     * The nearest-rank percentile of sorted values: the smallest value with at least p% of the values at or
     * below it (the median of 1, 2, 3, 4 is 2).
     */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** Review days by "province id:type", national defaults under province 0. */
    private Map<String, Integer> routeDays() {
        Map<String, Integer> days = new HashMap<>();
        jdbc.query("SELECT scope_id, request_type, review_days FROM review_route",
                rs -> {
                    days.put(rs.getLong(1) + ":" + rs.getString(2), rs.getInt(3));
                });
        return days;
    }
}
