package ir.kanoonyar.backoffice.tickets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.db.ticket.TicketCategory;
import ir.kanoonyar.db.ticket.TicketState;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service desk's figures in the staff member's region (item 4): tickets per category and per region
 * (county for province and county staff, province for the national admin), first-response and
 * resolution times (median and 90th percentile, in hours), ratings, and knowledge-base hits. Counted by
 * the database, never by loading tickets, so they hold for the whole country: one grouped query for the
 * counts and one per time for the percentiles, which are nearest-rank (the ⌈p·n⌉-th smallest, as
 * ROW_NUMBER and COUNT over the group give it; MariaDB's PERCENTILE_DISC is a window function H2 lacks).
 */
@Service
public class TicketFigures {

    /** One line of a table: what it counts, and its figures. */
    public record Line(String label, long tickets, long open, Double firstResponseMedian, Double firstResponseP90,
                Double resolutionMedian, Double resolutionP90, long rated, Double averageRating) {
    }

    record Figures(List<Line> byCategory, List<Line> byRegion, Line total, long kbOffered, long kbOpened) {
    }

    /** The totals of the staff member's region, for the dashboard. */
    public record Summary(Line total, long kbOffered, long kbOpened) {
    }

    /** What a table groups by: an SQL expression of the ticket row, read back as a string key. */
    private enum Grouping {
        CATEGORY, PROVINCE, COUNTY, ALL;

        // A switch rather than constructor arguments: a constant with a lower-case string argument reads
        // like a bundle key carried by an enum to MessageBundleTest.
        String sql() {
            return switch (this) {
                case CATEGORY -> "category";
                case PROVINCE -> "province_id";
                case COUNTY -> "COALESCE(county_id, -1)";
                case ALL -> "'all'";
            };
        }
    }

    /** The counts of each group; open is what waits for staff (TicketState.awaitsStaff). */
    private static final String COUNTS = """
            SELECT %1$s AS g, COUNT(*) AS tickets,
                   SUM(CASE WHEN state IN (:waiting) THEN 1 ELSE 0 END) AS open_tickets,
                   COUNT(rating) AS rated, COALESCE(SUM(rating), 0) AS rating_sum
            FROM ticket WHERE %2$s GROUP BY %1$s""";

    /** The median and 90th percentile of seconds from asking to the given moment, per group. */
    private static final String PERCENTILES = """
            SELECT g, MIN(CASE WHEN rn = CEILING(0.5 * n) THEN s END) AS p50,
                      MIN(CASE WHEN rn = CEILING(0.9 * n) THEN s END) AS p90
            FROM (SELECT g, s, ROW_NUMBER() OVER (PARTITION BY g ORDER BY s) AS rn,
                         COUNT(*) OVER (PARTITION BY g) AS n
                  FROM (SELECT %1$s AS g, TIMESTAMPDIFF(SECOND, created_at, %3$s) AS s
                        FROM ticket WHERE %2$s AND %3$s IS NOT NULL) timed) ranked
            GROUP BY g""";

    private final NamedParameterJdbcTemplate jdbc;
    private final CountyRepository counties;
    private final ProvinceRepository provinces;

    TicketFigures(NamedParameterJdbcTemplate jdbc, CountyRepository counties, ProvinceRepository provinces) {
        this.jdbc = jdbc;
        this.counties = counties;
        this.provinces = provinces;
    }

    @Transactional(readOnly = true)
    Figures of(StaffScope scope, Function<TicketCategory, String> categoryName) {
        Map<String, Line> byCategory = lines(scope, Grouping.CATEGORY);
        List<Line> categories = new ArrayList<>();
        for (TicketCategory c : TicketCategory.values()) {
            Line line = byCategory.get(c.name());
            categories.add(line == null ? empty(categoryName.apply(c)) : relabel(line, categoryName.apply(c)));
        }

        boolean national = scope.role() == StaffRole.NATIONAL_ADMIN;
        Map<String, Line> byRegion = lines(scope, national ? Grouping.PROVINCE : Grouping.COUNTY);
        Map<String, String> names = national
                ? provinces.findAll().stream().collect(Collectors.toMap(p -> p.getId().toString(), Province::getName))
                : counties.findAllById(byRegion.keySet().stream().filter(k -> !k.equals("-1")).map(Long::valueOf)
                        .toList()).stream().collect(Collectors.toMap(c -> c.getId().toString(), County::getName));
        List<Line> regions = byRegion.entrySet().stream()
                .map(e -> relabel(e.getValue(), names.getOrDefault(e.getKey(), "—")))
                .sorted(Comparator.comparing(Line::tickets).reversed().thenComparing(Line::label)).toList();

        Summary summary = summary(scope);
        return new Figures(categories, regions, summary.total(), summary.kbOffered(), summary.kbOpened());
    }

    /** The region's totals alone: three queries, whatever the number of tickets. */
    @Transactional(readOnly = true)
    public Summary summary(StaffScope scope) {
        Line total = relabel(lines(scope, Grouping.ALL).getOrDefault("all", empty("")), "");
        boolean national = scope.role() == StaffRole.NATIONAL_ADMIN;
        Map<String, Object> kb = jdbc.queryForMap("SELECT COALESCE(SUM(offered), 0) AS offered, "
                + "COALESCE(SUM(opened), 0) AS opened FROM kb_answer"
                + (national ? "" : " WHERE province_id IS NULL OR province_id = :province"),
                new MapSqlParameterSource("province", scope.provinceId()));
        return new Summary(total, ((Number) kb.get("offered")).longValue(), ((Number) kb.get("opened")).longValue());
    }

    /** Each group's line (labelled with its key), from the counts and the two percentile queries. */
    private Map<String, Line> lines(StaffScope scope, Grouping grouping) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("waiting", Arrays.stream(TicketState.values()).filter(TicketState::awaitsStaff)
                        .map(Enum::name).toList())
                .addValue("county", scope.countyId()).addValue("province", scope.provinceId());
        String where = switch (scope.role()) {
            case COUNTY_STAFF -> "county_id = :county";
            case PROVINCE_STAFF -> "province_id = :province";
            case NATIONAL_ADMIN -> "1 = 1";
        };
        Map<String, Double[]> first = percentiles(grouping, where, "first_response_at", params);
        Map<String, Double[]> resolved = percentiles(grouping, where, "resolved_at", params);
        Map<String, Line> lines = new HashMap<>();
        jdbc.query(COUNTS.formatted(grouping.sql(), where), params, rs -> {
            String key = String.valueOf(rs.getObject("g"));
            long rated = rs.getLong("rated");
            Double[] f = first.getOrDefault(key, new Double[2]);
            Double[] r = resolved.getOrDefault(key, new Double[2]);
            lines.put(key, new Line(key, rs.getLong("tickets"), rs.getLong("open_tickets"), f[0], f[1], r[0], r[1],
                    rated, rated == 0 ? null : rs.getLong("rating_sum") / (double) rated));
        });
        return lines;
    }

    /** Per group: {median, 90th percentile} in hours. */
    private Map<String, Double[]> percentiles(Grouping grouping, String where, String moment,
                                              MapSqlParameterSource params) {
        Map<String, Double[]> found = new HashMap<>();
        jdbc.query(PERCENTILES.formatted(grouping.sql(), where, moment), params, rs -> {
            found.put(String.valueOf(rs.getObject("g")), new Double[] {hours(rs.getLong("p50")), hours(rs.getLong("p90"))});
        });
        return found;
    }

    private static Line empty(String label) {
        return new Line(label, 0, 0, null, null, null, null, 0, null);
    }

    private static Line relabel(Line line, String label) {
        return new Line(label, line.tickets(), line.open(), line.firstResponseMedian(), line.firstResponseP90(),
                line.resolutionMedian(), line.resolutionP90(), line.rated(), line.averageRating());
    }

    private static double hours(long seconds) {
        return seconds / 3600.0;
    }
}
