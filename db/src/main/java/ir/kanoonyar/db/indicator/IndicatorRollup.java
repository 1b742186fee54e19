package ir.kanoonyar.db.indicator;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import ir.kanoonyar.db.guideline.GuidelineVersion;
import ir.kanoonyar.db.guideline.GuidelineVersionRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rolls one Jalali month up: every kanoon that is not closed gets its figures for the month
 * (kanoon_month_figures), and their sums go to each county, province and the nation per kanoon type
 * (region_month_figures), with accepted reports by corridor (region_month_corridor) and the review
 * steps that ended in the month (region_month_processing). A month rolled up again replaces its rows,
 * so a recompute after late reviews or a nightly run twice gives the same figures.
 * <p>
 * A month still under way is counted up to now: its licence, training and age figures are as of now,
 * a past month's as of its end (midnight in Tehran after its last day).
 */
@Service
public class IndicatorRollup {

    /** The kanoon figures of one month, as the roll-up computes and stores them. */
    public record Result(JalaliMonth month, int kanoons, Instant finishedAt) {
    }

    static final String COUNTY = "COUNTY";
    static final String PROVINCE = "PROVINCE";
    static final String NATION = "NATION";

    private final JdbcTemplate jdbc;
    private final GuidelineVersionRepository guidelines;
    private final IndicatorWeightsStore weights;
    private final RequestProcessing processing;
    private final Clock clock;
    private final int youthAge;

    public IndicatorRollup(JdbcTemplate jdbc, GuidelineVersionRepository guidelines, IndicatorWeightsStore weights,
                           RequestProcessing processing, Clock clock,
                           @Value("${kanoonyar.indicators.youth-age:35}") int youthAge) {
        this.jdbc = jdbc;
        this.guidelines = guidelines;
        this.weights = weights;
        this.processing = processing;
        this.clock = clock;
        this.youthAge = youthAge;
    }

    /** The age under which a manager counts as young (youth share). */
    public int youthAge() {
        return youthAge;
    }

    /**
     * Recomputes one month's figures and summaries.
     *
     * @param runBy who asked: "nightly" or a staff member's user name
     * @throws IllegalArgumentException for a month that has not begun
     */
    @Transactional
    public Result rollUp(JalaliMonth month, String runBy) {
        Instant started = clock.instant();
        if (!month.start().isBefore(started)) {
            throw new IllegalArgumentException("The month has not begun: " + month);
        }
        Instant asOf = month.end().isBefore(started) ? month.end() : started;
        LocalDate asOfDate = month.end().isBefore(started) ? month.lastDay()
                : started.atZone(JalaliDate.TEHRAN).toLocalDate();
        IndicatorWeights scoreWeights = weights.inForceAt(asOf)
                .orElseThrow(() -> new IllegalStateException("No indicator weights in force at " + asOf));
        GuidelineVersion guideline = guidelines.findInForceAt(asOf).orElse(null);

        List<KanoonRow> kanoons = kanoons(asOfDate);
        Map<Long, int[]> reports = reports(month.firstDay(), month.lastDay());
        Map<Long, Integer> regular = regularity(month);
        Set<Long> trained = trainedManagers(guideline, asOf);
        Set<Long> licensed = licensed(asOfDate);
        Map<Long, Integer> roster = roster(asOf);
        Map<Long, Integer> changes = managerChanges(month);

        jdbc.update("DELETE FROM kanoon_month_figures WHERE month_key = ?", month.key());
        jdbc.update("DELETE FROM region_month_figures WHERE month_key = ?", month.key());
        jdbc.update("DELETE FROM region_month_corridor WHERE month_key = ?", month.key());

        List<Object[]> rows = new ArrayList<>(kanoons.size());
        Map<RegionKey, long[]> sums = new LinkedHashMap<>();
        for (KanoonRow k : kanoons) {
            int[] r = reports.getOrDefault(k.id, new int[3]);
            int regularMonths = regular.getOrDefault(k.id, 0);
            boolean hasManager = k.managerId != null;
            boolean trainingDone = hasManager && trained.contains(k.managerId);
            boolean licenceValid = licensed.contains(k.id);
            int members = roster.getOrDefault(k.id, k.members);
            int minMembers = guideline == null ? 0 : k.rural ? guideline.getMinMembersRural() : guideline.getMinMembersUrban();
            boolean young = hasManager && k.birthDate != null
                    && Period.between(k.birthDate, asOfDate).getYears() < youthAge;
            Integer tenure = hasManager && k.managerSince != null && !k.managerSince.isAfter(asOfDate)
                    ? (int) ChronoUnit.DAYS.between(k.managerSince, asOfDate) : null;
            double score = scoreWeights.score(r[0], r[1], r[2], regularMonths, trainingDone, licenceValid, members,
                    minMembers);
            rows.add(new Object[] {k.id, month.key(), k.provinceId, k.countyId, k.audience, k.rural, r[0], r[1], r[2],
                regularMonths, hasManager, trainingDone, licenceValid, members, young, tenure,
                BigDecimal.valueOf(score), scoreWeights.versionNumber()});
            long[] figures = {1, r[0] > 0 ? 1 : 0, r[0], r[1], r[2], regularMonths, hasManager ? 1 : 0,
                trainingDone ? 1 : 0, licenceValid ? 1 : 0, members, young ? 1 : 0, tenure == null ? 0 : tenure,
                tenure == null ? 0 : 1, changes.getOrDefault(k.id, 0), Math.round(score * 10)};
            for (RegionKey key : RegionKey.of(k.countyId, k.provinceId, k.audience, k.rural)) {
                long[] sum = sums.computeIfAbsent(key, x -> new long[figures.length]);
                for (int i = 0; i < figures.length; i++) {
                    sum[i] += figures[i];
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO kanoon_month_figures (kanoon_id, month_key, province_id, county_id, audience,"
                + " rural, accepted_reports, participants, corridors, regular_months, has_manager, training_done,"
                + " licence_valid, members, young_manager, tenure_days, score, weights_version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        List<Object[]> regionRows = new ArrayList<>(sums.size());
        sums.forEach((key, s) -> regionRows.add(new Object[] {key.level, key.regionId, month.key(), key.audience,
            key.rural, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10], s[11], s[12], s[13],
            BigDecimal.valueOf(s[14], 1)}));
        jdbc.batchUpdate("INSERT INTO region_month_figures (level, region_id, month_key, audience, rural, kanoons,"
                + " reporting_kanoons, accepted_reports, participants, corridors_sum, regular_sum, managers,"
                + " trained_managers, valid_licences, members, young_managers, tenure_days_sum, tenure_count,"
                + " manager_changes, score_sum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                regionRows);
        corridors(month);
        processing.rollUp(month);
        Instant finished = clock.instant();
        jdbc.update("INSERT INTO indicator_rollup_run (month_key, started_at, finished_at, kanoons, run_by)"
                + " VALUES (?, ?, ?, ?, ?)", month.key(), Timestamp.from(started), Timestamp.from(finished),
                kanoons.size(), runBy);
        return new Result(month, kanoons.size(), finished);
    }

    /** When the month was last rolled up; null if never. */
    @Transactional(readOnly = true)
    public Instant lastRun(JalaliMonth month) {
        Timestamp at = jdbc.queryForObject("SELECT MAX(finished_at) FROM indicator_rollup_run WHERE month_key = ?",
                Timestamp.class, month.key());
        return at == null ? null : at.toInstant();
    }

    private record KanoonRow(long id, long provinceId, long countyId, String audience, boolean rural, Long managerId,
                             int members, LocalDate managerSince, LocalDate birthDate) {
    }

    /** A region's row of one kanoon type. */
    record RegionKey(String level, long regionId, String audience, boolean rural) {

        static List<RegionKey> of(long countyId, long provinceId, String audience, boolean rural) {
            return List.of(new RegionKey(COUNTY, countyId, audience, rural),
                    new RegionKey(PROVINCE, provinceId, audience, rural), new RegionKey(NATION, 0, audience, rural));
        }
    }

    /** Kanoons not closed that existed on the day: established by then (or, without that date, created). */
    private List<KanoonRow> kanoons(LocalDate asOfDate) {
        return jdbc.query("SELECT k.id, k.province_id, k.county_id, k.audience, m.rural, k.manager_person_id, k.members,"
                        + " k.manager_since, p.birth_date FROM kanoon k JOIN mosque m ON m.id = k.mosque_id"
                        + " LEFT JOIN person p ON p.id = k.manager_person_id"
                        + " WHERE k.status <> 'CLOSED' AND COALESCE(k.established_on, CAST(k.created_at AS DATE)) <= ?",
                (rs, n) -> new KanoonRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getBoolean(5), (Long) rs.getObject(6, Long.class), rs.getInt(7), localDate(rs.getDate(8)),
                        localDate(rs.getDate(9))),
                Date.valueOf(asOfDate));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** Per kanoon: accepted reports, participants and distinct corridors with an activity date in the days. */
    private Map<Long, int[]> reports(LocalDate first, LocalDate last) {
        Map<Long, int[]> found = new HashMap<>();
        jdbc.query("SELECT kanoon_id, COUNT(*), SUM(participants), COUNT(DISTINCT corridor) FROM activity_report"
                        + " WHERE status = 'ACCEPTED' AND activity_date BETWEEN ? AND ? GROUP BY kanoon_id",
                rs -> {
                    found.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                }, Date.valueOf(first), Date.valueOf(last));
        return found;
    }

    /** Per kanoon: how many of the six months ending with this one have an accepted report. */
    private Map<Long, Integer> regularity(JalaliMonth month) {
        Map<Long, Integer> months = new HashMap<>();
        for (int back = 0; back < 6; back++) {
            JalaliMonth m = month.plus(-back);
            jdbc.query("SELECT DISTINCT kanoon_id FROM activity_report WHERE status = 'ACCEPTED'"
                            + " AND activity_date BETWEEN ? AND ?",
                    rs -> {
                        months.merge(rs.getLong(1), 1, Integer::sum);
                    }, Date.valueOf(m.firstDay()), Date.valueOf(m.lastDay()));
        }
        return months;
    }

    /**
     * The people holding, at the time, a certificate of every course the guideline in force requires
     * (everyone when it requires none is decided by the caller: an empty requirement trains all).
     */
    private Set<Long> trainedManagers(GuidelineVersion guideline, Instant asOf) {
        SortedSet<String> required = guideline == null ? new TreeSet<>() : guideline.getRequiredCourses();
        List<Long> managers = jdbc.queryForList("SELECT DISTINCT manager_person_id FROM kanoon"
                + " WHERE manager_person_id IS NOT NULL", Long.class);
        if (required.isEmpty()) {
            return new HashSet<>(managers);
        }
        Map<Long, Set<String>> passed = new HashMap<>();
        jdbc.query("SELECT t.person_id, c.code FROM certificate t JOIN course c ON c.id = t.course_id"
                        + " JOIN kanoon k ON k.manager_person_id = t.person_id"
                        + " WHERE t.issued_at < ? AND (t.revoked_at IS NULL OR t.revoked_at >= ?)",
                rs -> {
                    passed.computeIfAbsent(rs.getLong(1), x -> new HashSet<>()).add(rs.getString(2));
                }, Timestamp.from(asOf), Timestamp.from(asOf));
        Set<Long> trained = new HashSet<>();
        passed.forEach((person, codes) -> {
            if (codes.containsAll(required)) {
                trained.add(person);
            }
        });
        return trained;
    }

    /** Kanoons with a licence that was valid on the day (a renewed one counts until its renewal's time). */
    private Set<Long> licensed(LocalDate day) {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT kanoon_id FROM licence"
                + " WHERE status IN ('VALID', 'SUPERSEDED') AND issued_on <= ? AND valid_until >= ?", Long.class,
                Date.valueOf(day), Date.valueOf(day)));
    }

    /** Members on the roster (kanoon_member) at the time, for kanoons that keep one. */
    private Map<Long, Integer> roster(Instant asOf) {
        Map<Long, Integer> members = new HashMap<>();
        jdbc.query("SELECT kanoon_id, COUNT(*) FROM kanoon_member WHERE created_at < ? GROUP BY kanoon_id",
                rs -> {
                    members.put(rs.getLong(1), rs.getInt(2));
                }, Timestamp.from(asOf));
        return members;
    }

    /** Per kanoon: approved manager changes, resignations and retirements decided in the month. */
    private Map<Long, Integer> managerChanges(JalaliMonth month) {
        Map<Long, Integer> changes = new HashMap<>();
        jdbc.query("SELECT kanoon_id, COUNT(*) FROM request WHERE status = 'APPROVED' AND kanoon_id IS NOT NULL"
                        + " AND type IN ('MANAGER_CHANGE', 'RESIGNATION', 'RETIREMENT')"
                        + " AND decided_at >= ? AND decided_at < ? GROUP BY kanoon_id",
                rs -> {
                    changes.put(rs.getLong(1), rs.getInt(2));
                }, Timestamp.from(month.start()), Timestamp.from(month.end()));
        return changes;
    }

    /** Accepted reports by corridor, summed per county, province and nation. */
    private void corridors(JalaliMonth month) {
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        jdbc.query("SELECT k.county_id, k.province_id, k.audience, m.rural, r.corridor, COUNT(*), SUM(r.participants)"
                        + " FROM activity_report r JOIN kanoon k ON k.id = r.kanoon_id JOIN mosque m ON m.id = k.mosque_id"
                        + " WHERE r.status = 'ACCEPTED' AND r.activity_date BETWEEN ? AND ? AND k.status <> 'CLOSED'"
                        + " GROUP BY k.county_id, k.province_id, k.audience, m.rural, r.corridor",
                rs -> {
                    for (RegionKey key : RegionKey.of(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4))) {
                        long[] sum = sums.computeIfAbsent(List.of(key, rs.getString(5)), x -> new long[2]);
                        sum[0] += rs.getLong(6);
                        sum[1] += rs.getLong(7);
                    }
                }, Date.valueOf(month.firstDay()), Date.valueOf(month.lastDay()));
        List<Object[]> rows = new ArrayList<>();
        sums.forEach((k, s) -> {
            RegionKey key = (RegionKey) k.get(0);
            rows.add(new Object[] {key.level, key.regionId, month.key(), key.audience, key.rural, k.get(1), s[0], s[1]});
        });
        jdbc.batchUpdate("INSERT INTO region_month_corridor (level, region_id, month_key, audience, rural, corridor,"
                + " reports, participants) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }
}
