package ir.kanoonyar.backoffice.dashboard;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import ir.kanoonyar.db.activity.ActivityTexts;
import ir.kanoonyar.db.activity.Corridor;
import ir.kanoonyar.db.indicator.JalaliMonth;
import ir.kanoonyar.db.persian.JalaliDate;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dashboard's figures, read from the roll-up's summary tables only (never the raw reports): figure
 * cards with the change from the previous period, the trend by month, reports by corridor, the region's
 * parts side by side (ranked), the request processing times and SLA breaches, the best kanoons, and for
 * the nation the map of provinces. Flows (reports, participants, manager changes) add up over the
 * period's months; stocks (kanoons, managers, licences, scores) are those of its last month.
 */
@Service
class DashboardFigures {

    private static final int TREND_MONTHS = 12;
    private static final int TOP_KANOONS = 20;

    /** A figure card: its label, value, and the change from the previous period ("up", "down" or "same"). */
    public record Card(String label, String value, String change, String direction) {
    }

    /** A province's tile on the national map: where it sits on the grid, its colour step 0-4. */
    public record Tile(long id, String name, int row, int column, int heat, String value) {
    }

    /** Everything the page shows. */
    public record Dashboard(DashboardRegion region, String periodLabel, String previousLabel, List<Card> cards,
                     List<Table> tables, List<Tile> map, String lastRun, long dormant) {

        public Table table(String key) {
            return tables.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
        }
    }

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    DashboardFigures(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    Dashboard dashboard(DashboardRegion region, Period period, KanoonType type, Indicator mapIndicator,
                        JalaliMonth current) {
        List<JalaliMonth> months = period.months(current);
        List<JalaliMonth> previousMonths = period.previous().months(current);
        Sums now = over(monthly(region, type, first(months), last(months)), months);
        Sums before = over(monthly(region, type, first(previousMonths), last(previousMonths)), previousMonths);
        JalaliMonth end = last(months);
        Sums year = over(monthly(region, type, end.plus(-11), end), List.of());

        List<Card> cards = new ArrayList<>();
        cards.add(card(text("dashboard.card.kanoons"), now.kanoons(), before.kanoons()));
        cards.add(card(text("dashboard.card.reports"), now.reports(), before.reports()));
        cards.add(card(text("dashboard.card.participants"), now.participants(), before.participants()));
        cards.add(card(text("dashboard.card.score"), now.averageScore(), before.averageScore(), false));
        cards.add(card(text("dashboard.card.reporting"), now.reportingShare(), before.reportingShare(), true));
        cards.add(card(text("dashboard.card.training"), now.trainingShare(), before.trainingShare(), true));
        cards.add(card(text("dashboard.card.licence"), now.licenceShare(), before.licenceShare(), true));
        cards.add(card(text("dashboard.card.youth"), now.youthShare(), before.youthShare(), true));
        cards.add(card(text("dashboard.card.tenure"), now.tenureYears(), before.tenureYears(), false));
        Double changesPer100 = now.kanoons() == 0 ? null : 100.0 * year.changes() / now.kanoons();
        cards.add(new Card(text("dashboard.card.changes"), Numbers.decimal(changesPer100), "", "same"));

        List<Table> tables = new ArrayList<>();
        tables.add(trend(region, type, end));
        tables.add(corridors(region, type, months));
        if (region.partLevel() != null) {
            tables.add(parts(region, type, months, Indicator.SCORE));
        }
        tables.add(kanoons(region, type, end));
        tables.add(processing(region, months, period.label()));
        if (!region.level().equals(DashboardRegion.COUNTY)) {
            tables.add(breaches(region, months));
        }
        List<Tile> map = region.level().equals(DashboardRegion.NATION) ? map(type, months, mapIndicator) : List.of();
        return new Dashboard(region, period.label(), period.previous().label(), cards, tables, map,
                lastRun(end), dormant(region, type));
    }

    /** The table of the given key alone, for its export. */
    @Transactional(readOnly = true)
    Table table(String key, DashboardRegion region, Period period, KanoonType type, JalaliMonth current) {
        List<JalaliMonth> months = period.months(current);
        JalaliMonth end = last(months);
        return switch (key) {
            case "trend" -> trend(region, type, end);
            case "corridors" -> corridors(region, type, months);
            case "parts" -> region.partLevel() == null ? null : parts(region, type, months, Indicator.SCORE);
            case "kanoons" -> kanoons(region, type, end);
            case "processing" -> processing(region, months, period.label());
            case "breaches" -> region.level().equals(DashboardRegion.COUNTY) ? null : breaches(region, months);
            default -> null;
        };
    }

    /** The period's figures of the region as one set of sums (for the province report). */
    @Transactional(readOnly = true)
    Sums figures(DashboardRegion region, Period period, KanoonType type, JalaliMonth current) {
        List<JalaliMonth> months = period.months(current);
        return over(monthly(region, type, first(months), last(months)), months);
    }

    private static JalaliMonth first(List<JalaliMonth> months) {
        return months.get(0);
    }

    private static JalaliMonth last(List<JalaliMonth> months) {
        return months.get(months.size() - 1);
    }

    /** The region's sums per month from one month to another. */
    private TreeMap<Integer, Sums> monthly(DashboardRegion region, KanoonType type, JalaliMonth from, JalaliMonth to) {
        List<Object> args = new ArrayList<>(List.of(region.level(), region.id(), from.key(), to.key()));
        String where = type.where("f.", args);
        TreeMap<Integer, Sums> sums = new TreeMap<>();
        jdbc.query("SELECT f.month_key, " + Sums.COLUMNS + " FROM region_month_figures f WHERE f.level = ?"
                        + " AND f.region_id = ? AND f.month_key BETWEEN ? AND ?" + where + " GROUP BY f.month_key",
                rs -> {
                    sums.put(rs.getInt(1), Sums.read(rs, 2));
                }, args.toArray());
        return sums;
    }

    /** The months' sums as one: flows added, stocks of the last month rolled up (none before: zero). */
    private static Sums over(TreeMap<Integer, Sums> monthly, List<JalaliMonth> months) {
        Sums total = Sums.ZERO;
        if (months.isEmpty()) {
            for (Sums s : monthly.values()) {
                total = total.then(s);
            }
            return total;
        }
        for (JalaliMonth m : months) {
            total = total.then(monthly.getOrDefault(m.key(), Sums.ZERO));
        }
        return total;
    }

    private Card card(String label, long now, long before) {
        long change = now - before;
        return new Card(label, Numbers.whole(now),
                (change > 0 ? "+" : change < 0 ? "−" : "") + Numbers.whole(Math.abs(change)),
                change > 0 ? "up" : change < 0 ? "down" : "same");
    }

    private Card card(String label, Double now, Double before, boolean percent) {
        if (now == null || before == null) {
            return new Card(label, Numbers.of(now, percent), "", "same");
        }
        double change = Math.round((now - before) * 10) / 10.0;
        String sign = change > 0 ? "+" : change < 0 ? "−" : "";
        return new Card(label, Numbers.of(now, percent),
                sign + Numbers.of(Math.abs(change), percent), change > 0 ? "up" : change < 0 ? "down" : "same");
    }

    private Table trend(DashboardRegion region, KanoonType type, JalaliMonth end) {
        JalaliMonth from = end.plus(-(TREND_MONTHS - 1));
        TreeMap<Integer, Sums> monthly = monthly(region, type, from, end);
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (JalaliMonth m = from; m.compareTo(end) <= 0; m = m.next()) {
            Sums s = monthly.getOrDefault(m.key(), Sums.ZERO);
            rows.add(List.of(Table.Cell.text(m.shortLabel()), Table.Cell.whole(s.reports()),
                    Table.Cell.whole(s.participants()), Table.Cell.whole(s.reporting()),
                    Table.Cell.of(s.averageScore(), false), Table.Cell.of(s.youthShare(), true),
                    Table.Cell.of(s.trainingShare(), true)));
        }
        return new Table("trend", text("dashboard.table.trend"), headings(text("dashboard.column.month"),
                text("dashboard.column.reports"), text("dashboard.column.participants"),
                text("dashboard.column.reportingKanoons"), text("dashboard.column.score"),
                text("dashboard.column.youth"), text("dashboard.column.training")), rows, "line", List.of(1, 3));
    }

    private Table corridors(DashboardRegion region, KanoonType type, List<JalaliMonth> months) {
        List<Object> args = new ArrayList<>(List.of(region.level(), region.id(), first(months).key(),
                last(months).key()));
        String where = type.where("", args);
        Map<String, long[]> found = new HashMap<>();
        jdbc.query("SELECT corridor, SUM(reports), SUM(participants) FROM region_month_corridor WHERE level = ?"
                        + " AND region_id = ? AND month_key BETWEEN ? AND ?" + where + " GROUP BY corridor",
                rs -> {
                    found.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }, args.toArray());
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (Corridor corridor : Corridor.values()) {
            long[] f = found.getOrDefault(corridor.name(), new long[2]);
            rows.add(List.of(Table.Cell.text(ActivityTexts.corridor(corridor)), Table.Cell.whole(f[0]),
                    Table.Cell.whole(f[1])));
        }
        return new Table("corridors", text("dashboard.table.corridors"), headings(text("dashboard.column.corridor"),
                text("dashboard.column.reports"), text("dashboard.column.participants")), rows, "bar", List.of(1));
    }

    /** The region's parts (provinces or counties) side by side, ranked by the indicator. */
    private Table parts(DashboardRegion region, KanoonType type, List<JalaliMonth> months, Indicator rankBy) {
        Map<Long, Sums> byPart = partSums(region, type, months);
        Map<Long, String> names = partNames(region);
        List<Map.Entry<Long, String>> ordered = new ArrayList<>(names.entrySet());
        ordered.sort(Comparator.comparing((Map.Entry<Long, String> e) -> {
            Double v = rankBy.of(byPart.getOrDefault(e.getKey(), Sums.ZERO));
            return v == null ? -1 : v;
        }).reversed().thenComparing(Map.Entry::getValue));
        List<List<Table.Cell>> rows = new ArrayList<>();
        int rank = 0;
        for (Map.Entry<Long, String> part : ordered) {
            Sums s = byPart.getOrDefault(part.getKey(), Sums.ZERO);
            rows.add(List.of(Table.Cell.text(part.getValue()), Table.Cell.whole(++rank), Table.Cell.whole(s.kanoons()),
                    Table.Cell.whole(s.reports()), Table.Cell.whole(s.participants()),
                    Table.Cell.of(s.averageScore(), false), Table.Cell.of(s.trainingShare(), true),
                    Table.Cell.of(s.youthShare(), true)));
        }
        boolean provinces = region.partLevel().equals(DashboardRegion.PROVINCE);
        return new Table("parts", provinces ? text("dashboard.table.parts.province") : text("dashboard.table.parts.county"),
                headings(provinces ? text("dashboard.column.province") : text("dashboard.column.county"),
                text("dashboard.column.rank"), text("dashboard.column.kanoons"), text("dashboard.column.reports"),
                text("dashboard.column.participants"), text("dashboard.column.score"), text("dashboard.column.training"),
                text("dashboard.column.youth")), rows, "bar", List.of(3, 5));
    }

    private Map<Long, Sums> partSums(DashboardRegion region, KanoonType type, List<JalaliMonth> months) {
        List<Object> args = new ArrayList<>(List.of(region.partLevel(), first(months).key(), last(months).key()));
        String inRegion = "";
        if (region.level().equals(DashboardRegion.PROVINCE)) {
            inRegion = " AND f.region_id IN (SELECT id FROM county WHERE province_id = ?)";
            args.add(region.id());
        }
        String where = type.where("f.", args);
        Map<Long, TreeMap<Integer, Sums>> monthly = new HashMap<>();
        jdbc.query("SELECT f.region_id, f.month_key, " + Sums.COLUMNS + " FROM region_month_figures f WHERE f.level = ?"
                        + " AND f.month_key BETWEEN ? AND ?" + inRegion + where + " GROUP BY f.region_id, f.month_key",
                rs -> {
                    monthly.computeIfAbsent(rs.getLong(1), x -> new TreeMap<>()).put(rs.getInt(2), Sums.read(rs, 3));
                }, args.toArray());
        Map<Long, Sums> sums = new HashMap<>();
        monthly.forEach((id, m) -> sums.put(id, over(m, months)));
        return sums;
    }

    private Map<Long, String> partNames(DashboardRegion region) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (region.level().equals(DashboardRegion.NATION)) {
            jdbc.query("SELECT id, name FROM province ORDER BY code", rs -> {
                names.put(rs.getLong(1), rs.getString(2));
            });
        } else {
            jdbc.query("SELECT id, name FROM county WHERE province_id = ? ORDER BY code", rs -> {
                names.put(rs.getLong(1), rs.getString(2));
            }, region.id());
        }
        return names;
    }

    /** The region's best kanoons in the period's last month, ranked by score. */
    private Table kanoons(DashboardRegion region, KanoonType type, JalaliMonth month) {
        List<Object> args = new ArrayList<>(List.of(month.key()));
        String inRegion = switch (region.level()) {
            case DashboardRegion.COUNTY -> " AND f.county_id = ?";
            case DashboardRegion.PROVINCE -> " AND f.province_id = ?";
            default -> "";
        };
        if (!inRegion.isEmpty()) {
            args.add(region.id());
        }
        String where = type.where("f.", args);
        // The last score that makes the list, read in the order of an index on (region,) month and score,
        // so that only the kanoons at or above it are joined and sorted by name, not the month's every row.
        List<Object> lowestArgs = new ArrayList<>(args);
        List<BigDecimal> lowest = jdbc.queryForList("SELECT f.score FROM kanoon_month_figures f"
                + " WHERE f.month_key = ?" + inRegion + where + " ORDER BY f.score DESC LIMIT 1 OFFSET "
                + (TOP_KANOONS - 1), BigDecimal.class, lowestArgs.toArray());
        String atLeast = "";
        if (!lowest.isEmpty()) {
            atLeast = " AND f.score >= ?";
            args.add(lowest.get(0));
        }
        List<List<Table.Cell>> rows = new ArrayList<>();
        int[] rank = {0};
        jdbc.query("SELECT k.name, c.name, f.score, f.accepted_reports, f.participants, f.regular_months,"
                        + " f.training_done, f.licence_valid FROM kanoon_month_figures f JOIN kanoon k ON k.id = f.kanoon_id"
                        + " JOIN county c ON c.id = f.county_id WHERE f.month_key = ?" + inRegion + where + atLeast
                        + " ORDER BY f.score DESC, k.name LIMIT " + TOP_KANOONS,
                rs -> {
                    rows.add(List.of(Table.Cell.whole(++rank[0]), Table.Cell.text(rs.getString(1)),
                            Table.Cell.text(rs.getString(2)), Table.Cell.of(rs.getDouble(3), false),
                            Table.Cell.whole(rs.getLong(4)), Table.Cell.whole(rs.getLong(5)),
                            Table.Cell.whole(rs.getLong(6)), Table.Cell.text(yesNo(rs.getBoolean(7))),
                            Table.Cell.text(yesNo(rs.getBoolean(8)))));
                }, args.toArray());
        return new Table("kanoons", text("dashboard.table.kanoons", month.label()), headings(text("dashboard.column.rank"),
                text("dashboard.column.kanoon"), text("dashboard.column.county"), text("dashboard.column.score"),
                text("dashboard.column.reports"), text("dashboard.column.participants"),
                text("dashboard.column.regularity"), text("dashboard.column.trainingDone"),
                text("dashboard.column.licenceValid")), rows, null,
                List.of());
    }

    private String yesNo(boolean value) {
        return value ? text("dashboard.yes") : text("dashboard.no");
    }

    /**
     * Review steps that ended in the period: how many, median and 90th percentile hours, breaches. Read
     * off the steps counted by their hours (region_month_processing_hours) added up over the period's
     * months, since a season's median is not one of its months' medians. The kanoon type filter does not
     * apply (the page says so): a request is counted by its region.
     */
    private Table processing(DashboardRegion region, List<JalaliMonth> months, String periodLabel) {
        Map<List<String>, List<HoursCount>> byStep = new LinkedHashMap<>();
        jdbc.query("SELECT request_type, step, hours, SUM(steps), SUM(breaches) FROM region_month_processing_hours"
                        + " WHERE level = ? AND region_id = ? AND month_key BETWEEN ? AND ?"
                        + " GROUP BY request_type, step, hours ORDER BY request_type, step, hours",
                rs -> {
                    byStep.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), x -> new ArrayList<>())
                            .add(new HoursCount(rs.getDouble(3), rs.getLong(4), rs.getLong(5)));
                }, region.level(), region.id(), first(months).key(), last(months).key());
        List<List<Table.Cell>> rows = new ArrayList<>();
        byStep.forEach((key, counted) -> {
            long steps = counted.stream().mapToLong(HoursCount::steps).sum();
            long breaches = counted.stream().mapToLong(HoursCount::breaches).sum();
            rows.add(List.of(Table.Cell.text(text("type." + key.get(0))), Table.Cell.text(text("status." + key.get(1))),
                    Table.Cell.whole(steps), Table.Cell.of(percentile(counted, steps, 50), false),
                    Table.Cell.of(percentile(counted, steps, 90), false), Table.Cell.whole(breaches)));
        });
        return new Table("processing", text("dashboard.table.processing", periodLabel), headings(text("dashboard.column.requestType"),
                text("dashboard.column.step"), text("dashboard.column.steps"), text("dashboard.column.medianHours"),
                text("dashboard.column.p90Hours"), text("dashboard.column.breaches")), rows, null, List.of());
    }

    /** How many review steps of a period took these hours, and how many of them were breaches. */
    record HoursCount(double hours, long steps, long breaches) {
    }

    /**
     * The nearest-rank percentile of steps counted by their hours, in ascending hours (as the roll-up takes
     * a month's): the smallest hours with at least p% of the steps at or below them.
     */
    static double percentile(List<HoursCount> ascending, long total, int p) {
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * total));
        long seen = 0;
        for (HoursCount counted : ascending) {
            seen += counted.steps();
            if (seen >= rank) {
                return counted.hours();
            }
        }
        return ascending.get(ascending.size() - 1).hours();
    }

    /** SLA breaches per county of the region over the period. */
    private Table breaches(DashboardRegion region, List<JalaliMonth> months) {
        List<Object> args = new ArrayList<>(List.of(first(months).key(), last(months).key()));
        String inRegion = "";
        if (region.level().equals(DashboardRegion.PROVINCE)) {
            inRegion = " AND c.province_id = ?";
            args.add(region.id());
        }
        List<List<Table.Cell>> rows = new ArrayList<>();
        jdbc.query("SELECT c.name, p.name, SUM(f.steps), SUM(f.breaches) FROM region_month_processing f"
                        + " JOIN county c ON c.id = f.region_id JOIN province p ON p.id = c.province_id"
                        + " WHERE f.level = 'COUNTY' AND f.month_key BETWEEN ? AND ?" + inRegion
                        + " GROUP BY c.name, p.name HAVING SUM(f.breaches) > 0 ORDER BY SUM(f.breaches) DESC, c.name"
                        + " LIMIT 50",
                rs -> {
                    long steps = rs.getLong(3);
                    long breaches = rs.getLong(4);
                    rows.add(List.of(Table.Cell.text(rs.getString(1)), Table.Cell.text(rs.getString(2)),
                            Table.Cell.whole(steps), Table.Cell.whole(breaches),
                            Table.Cell.of(steps == 0 ? null : 100.0 * breaches / steps, true)));
                }, args.toArray());
        return new Table("breaches", text("dashboard.table.breaches"), headings(text("dashboard.column.county"),
                text("dashboard.column.province"), text("dashboard.column.steps"), text("dashboard.column.breaches"),
                text("dashboard.column.breachShare")), rows, null, List.of());
    }

    /** The provinces on a grid roughly as they lie on the map, coloured in five steps of the indicator. */
    private List<Tile> map(KanoonType type, List<JalaliMonth> months, Indicator indicator) {
        DashboardRegion nation = new DashboardRegion(DashboardRegion.NATION, 0, "", null);
        Map<Long, Sums> sums = partSums(nation, type, months);
        Map<String, long[]> codes = new HashMap<>();
        jdbc.query("SELECT code, id FROM province", rs -> {
            codes.put(rs.getString(1), new long[] {rs.getLong(2)});
        });
        Map<Long, String> names = partNames(nation);
        double max = 0;
        Map<Long, Double> values = new HashMap<>();
        for (Long id : names.keySet()) {
            Double v = indicator.of(sums.getOrDefault(id, Sums.ZERO));
            if (v != null) {
                values.put(id, v);
                max = Math.max(max, v);
            }
        }
        List<Tile> tiles = new ArrayList<>();
        for (ProvinceGrid.Place place : ProvinceGrid.PLACES) {
            long[] id = codes.get(place.code());
            if (id == null) {
                continue;
            }
            Double v = values.get(id[0]);
            int heat = v == null || max == 0 ? 0 : 1 + (int) Math.min(3, Math.floor(v / max * 4));
            tiles.add(new Tile(id[0], names.get(id[0]), place.row(), place.column(), heat,
                    Numbers.of(v, indicator.percent())));
        }
        return tiles;
    }

    private String lastRun(JalaliMonth month) {
        Timestamp at = jdbc.queryForObject("SELECT MAX(finished_at) FROM indicator_rollup_run WHERE month_key = ?",
                Timestamp.class, month.key());
        return at == null ? null : JalaliDate.tehranDayAndTime(at.toInstant());
    }

    private long dormant(DashboardRegion region, KanoonType type) {
        List<Object> args = new ArrayList<>();
        String inRegion = switch (region.level()) {
            case DashboardRegion.COUNTY -> " AND d.county_id = ?";
            case DashboardRegion.PROVINCE -> " AND d.province_id = ?";
            default -> "";
        };
        if (!inRegion.isEmpty()) {
            args.add(region.id());
        }
        String where = type.where("k.audience", "m.rural", args);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM kanoon_dormancy d JOIN kanoon k ON k.id = d.kanoon_id"
                + " JOIN mosque m ON m.id = k.mosque_id WHERE d.dormant = TRUE AND k.status <> 'CLOSED'" + inRegion
                + where, Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    private static List<String> headings(String... texts) {
        return List.of(texts);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
