package ir.kanoonyar.db.indicator;

import java.time.Instant;

import ir.kanoonyar.testsupport.DbTestApplication;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark, not a test: prints figures and asserts none. Seeds kanoons spread over every county
 * (-Dbench.kanoons, 26,000), each with a manager, and accepted activity reports over the last three
 * years (-Dbench.reports, 2,000,000), then times the nightly roll-up (last month and this month) and
 * the marking of dormant kanoons. MariaDB only (the seed uses its sequence engine). Run with
 * scripts/bench-indicators.sh.
 */
@SpringBootTest(classes = DbTestApplication.class)
@Tag("benchmark")
class IndicatorRollupBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IndicatorRollup rollup;
    @Autowired
    Dormancy dormancy;

    @Test
    void rollUpANationOfKanoons() {
        int kanoons = Integer.getInteger("bench.kanoons", 26_000);
        int reports = Integer.getInteger("bench.reports", 2_000_000);
        long start = System.nanoTime();
        jdbc.update("INSERT INTO person (first_name, last_name, birth_date, created_at)"
                + " SELECT 'مدیر', CONCAT('سنجش', seq), DATE_SUB('2000-01-01', INTERVAL seq % 9000 DAY), NOW(6)"
                + " FROM seq_1_to_" + kanoons);
        long firstPerson = jdbc.queryForObject("SELECT MAX(id) FROM person", Long.class) - kanoons + 1;
        jdbc.update("INSERT INTO mosque (name, province_id, county_id, rural, created_at)"
                + " SELECT CONCAT('مسجد سنجش ', s.seq), c.province_id, c.id, s.seq % 3 = 0, NOW(6)"
                + " FROM seq_1_to_" + kanoons + " s JOIN (SELECT id, province_id, ROW_NUMBER() OVER (ORDER BY id) - 1 n,"
                + " COUNT(*) OVER () total FROM county) c ON c.n = s.seq % c.total");
        long firstMosque = jdbc.queryForObject("SELECT MAX(id) FROM mosque", Long.class) - kanoons + 1;
        jdbc.update("INSERT INTO kanoon (name, mosque_id, province_id, county_id, audience, manager_person_id, status,"
                + " members, established_on, manager_since, created_at)"
                + " SELECT CONCAT('کانون سنجش ', m.id), m.id, m.province_id, m.county_id,"
                + " IF(m.id % 2 = 0, 'BROTHERS', 'SISTERS'), ? + (m.id - ?), 'ACTIVE', 10 + m.id % 30, '2020-01-01',"
                + " DATE_SUB(CURDATE(), INTERVAL m.id % 2000 DAY), NOW(6) FROM mosque m WHERE m.id >= ?",
                firstPerson, firstMosque, firstMosque);
        long firstKanoon = jdbc.queryForObject("SELECT MAX(id) FROM kanoon", Long.class) - kanoons + 1;
        jdbc.update("INSERT INTO activity_report (kanoon_id, manager_person_id, corridor, title, activity_date, audience,"
                + " participants, status, submitted_at, draft_key, updated_at)"
                + " SELECT ? + s.seq % ?, ? + s.seq % ?, ELT(1 + s.seq % 12, 'QURAN', 'BOOK', 'KNOWLEDGE', 'SOCIAL', 'FILM',"
                + " 'DRAMA', 'SONG', 'VISUAL_ARTS', 'MEDIA', 'WRITING', 'TECHNOLOGY', 'ENTREPRENEURSHIP'), 'برنامه',"
                + " DATE_SUB(CURDATE(), INTERVAL (s.seq * 7919) % 1095 DAY), 'YOUTH', 5 + s.seq % 60,"
                + " IF(s.seq % 10 = 0, 'DOUBTFUL', 'ACCEPTED'), NOW(6), CONCAT('bench-', s.seq, '-', ?), NOW(6)"
                + " FROM seq_1_to_" + reports + " s",
                firstKanoon, kanoons, firstPerson, kanoons, System.nanoTime());
        print("seeder: %,d kanoons and %,d reports in %.1f s", kanoons, reports, seconds(start));

        JalaliMonth now = JalaliMonth.of(Instant.now());
        for (int run = 1; run <= 2; run++) {
            long t = System.nanoTime();
            rollup.rollUp(now.previous(), "bench");
            rollup.rollUp(now, "bench");
            double rolled = seconds(t);
            t = System.nanoTime();
            int dormant = dormancy.mark();
            print("run %d: roll-up of two months %.1f s, dormant kanoons marked in %.1f s (%,d dormant)", run, rolled,
                    seconds(t), dormant);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void print(String format, Object... args) {
        System.out.println("=== " + String.format(format, args));
    }
}
