package ir.kanoonyar.backoffice.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

/**
 * Fills the database at national scale for the back-office benchmark: 100,000 persons, 30,000
 * mosques and kanoons, 1,000,000 requests with three timeline events each, spread over every
 * county. Plain JDBC batches; a second run finds the data there and does nothing.
 */
final class NationalScaleSeeder {

    static final int PERSONS = 100_000;
    static final int KANOONS = 30_000;
    static final int REQUESTS = 1_000_000;
    private static final int BATCH = 5_000;
    private static final String[] TYPES = {"MANAGER_REGISTRATION", "ESTABLISHMENT", "MANAGER_CHANGE", "RESIGNATION",
            "LICENCE_RENEWAL", "SERVICE_REQUEST"};

    private NationalScaleSeeder() {
    }

    record County(long id, long provinceId) {
    }

    static void seed(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM request")) {
                rs.next();
                if (rs.getLong(1) >= REQUESTS) {
                    System.out.println("seeder: " + rs.getLong(1) + " requests already there");
                    return;
                }
            }
            c.setAutoCommit(false);
            List<County> counties = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, province_id FROM county ORDER BY id")) {
                while (rs.next()) {
                    counties.add(new County(rs.getLong(1), rs.getLong(2)));
                }
            }
            SplittableRandom random = new SplittableRandom(42);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            long started = System.nanoTime();
            long[] persons = insertPersons(c, counties, random, now);
            long[] kanoons = insertMosquesAndKanoons(c, counties, random, now, persons);
            insertRequests(c, counties, random, now, persons, kanoons);
            System.out.printf("seeder: %d persons, %d kanoons, %d requests with %d timeline events in %.0f s%n",
                    PERSONS, KANOONS, REQUESTS, 3L * REQUESTS, (System.nanoTime() - started) / 1e9);
        }
    }

    private static long[] insertPersons(Connection c, List<County> counties, SplittableRandom random, Instant now)
            throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (first_name, last_name, mobile, birth_date, "
                + "gender, education, province_id, county_id, registered_at, created_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < PERSONS; i++) {
                County county = counties.get(random.nextInt(counties.size()));
                ps.setString(1, "نام" + i);
                ps.setString(2, "خانواده" + i);
                ps.setString(3, String.format("0912%07d", i));
                ps.setObject(4, java.time.LocalDate.of(1975 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                ps.setString(5, random.nextBoolean() ? "MALE" : "FEMALE");
                ps.setString(6, "BACHELOR");
                ps.setLong(7, county.provinceId());
                ps.setLong(8, county.id());
                ps.setTimestamp(9, Timestamp.from(now));
                ps.setTimestamp(10, Timestamp.from(now));
                ps.addBatch();
                flushEvery(ps, c, i);
            }
            ps.executeBatch();
            c.commit();
        }
        return lastIds(c, "person", PERSONS);
    }

    private static long[] insertMosquesAndKanoons(Connection c, List<County> counties, SplittableRandom random,
                                                  Instant now, long[] persons) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mosque (name, province_id, county_id, locality, "
                + "rural, created_at, version) VALUES (?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < KANOONS; i++) {
                County county = counties.get(i % counties.size());
                ps.setString(1, "مسجد " + i);
                ps.setLong(2, county.provinceId());
                ps.setLong(3, county.id());
                ps.setString(4, "محل " + i);
                ps.setBoolean(5, random.nextInt(3) == 0);
                ps.setTimestamp(6, Timestamp.from(now));
                ps.addBatch();
                flushEvery(ps, c, i);
            }
            ps.executeBatch();
            c.commit();
        }
        long[] mosques = lastIds(c, "mosque", KANOONS);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kanoon (name, mosque_id, province_id, county_id, "
                + "audience, manager_person_id, status, members, created_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0)")) {
            for (int i = 0; i < KANOONS; i++) {
                County county = counties.get(i % counties.size());
                ps.setString(1, "کانون " + i);
                ps.setLong(2, mosques[i]);
                ps.setLong(3, county.provinceId());
                ps.setLong(4, county.id());
                ps.setString(5, random.nextBoolean() ? "BROTHERS" : "SISTERS");
                ps.setLong(6, persons[i]);
                ps.setInt(7, 10 + random.nextInt(60));
                ps.setTimestamp(8, Timestamp.from(now));
                ps.addBatch();
                flushEvery(ps, c, i);
            }
            ps.executeBatch();
            c.commit();
        }
        return lastIds(c, "kanoon", KANOONS);
    }

    private static void insertRequests(Connection c, List<County> counties, SplittableRandom random, Instant now,
                                       long[] persons, long[] kanoons) throws Exception {
        Instant[] createdAt = new Instant[REQUESTS];
        String[] statuses = new String[REQUESTS];
        try (PreparedStatement request = c.prepareStatement("INSERT INTO request (tracking_code, type, status, "
                + "applicant_person_id, province_id, county_id, kanoon_id, assignee_level, due_at, submitted_at, "
                + "timeline_length, timeline_head_hash, created_at, updated_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 3, ?, ?, ?, 0)");
             PreparedStatement event = c.prepareStatement("INSERT INTO timeline_event (request_id, seq, event_type, "
                     + "from_status, to_status, actor, actor_role, occurred_at, comment, prev_hash, hash) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            String hash = "0".repeat(64);
            for (int i = 0; i < REQUESTS; i++) {
                int person = random.nextInt(PERSONS);
                County county = counties.get(random.nextInt(counties.size()));
                int roll = random.nextInt(100);
                String status = roll < 2 ? "COUNTY_REVIEW" : roll < 3 ? "PROVINCE_REVIEW" : roll < 80 ? "APPROVED"
                        : roll < 90 ? "REJECTED" : "WITHDRAWN";
                String level = status.equals("COUNTY_REVIEW") ? "COUNTY" : status.equals("PROVINCE_REVIEW") ? "PROVINCE"
                        : "NONE";
                Instant created = now.minus(random.nextInt(3 * 365), ChronoUnit.DAYS);
                request.setString(1, String.format("%012d", 100_000_000_000L + i));
                request.setString(2, TYPES[random.nextInt(TYPES.length)]);
                request.setString(3, status);
                request.setLong(4, persons[person]);
                request.setLong(5, county.provinceId());
                request.setLong(6, county.id());
                request.setLong(7, kanoons[random.nextInt(KANOONS)]);
                request.setString(8, level);
                request.setTimestamp(9, level.equals("NONE") ? null
                        : Timestamp.from(now.plus(random.nextInt(-5, 15), ChronoUnit.DAYS)));
                request.setTimestamp(10, Timestamp.from(created));
                request.setString(11, hash);
                request.setTimestamp(12, Timestamp.from(created));
                request.setTimestamp(13, Timestamp.from(created));
                request.addBatch();
                createdAt[i] = created;
                statuses[i] = status;
                if ((i + 1) % BATCH == 0) {
                    request.executeBatch();
                    c.commit();
                }
            }
            request.executeBatch();
            c.commit();
            long[] ids = lastIds(c, "request", REQUESTS);
            for (int i = 0; i < REQUESTS; i++) {
                Instant created = createdAt[i];
                String status = statuses[i];
                for (int seq = 1; seq <= 3; seq++) {
                    event.setLong(1, ids[i]);
                    event.setInt(2, seq);
                    event.setString(3, seq == 1 ? "SUBMITTED" : seq == 2 ? "FORWARDED" : "APPROVED");
                    event.setString(4, "DRAFT");
                    event.setString(5, status);
                    event.setString(6, "seed");
                    event.setString(7, "SYSTEM");
                    event.setTimestamp(8, Timestamp.from(created.plusSeconds(seq)));
                    event.setString(9, null);
                    event.setString(10, hash);
                    event.setString(11, hash);
                    event.addBatch();
                }
                if ((i + 1) % BATCH == 0) {
                    event.executeBatch();
                    c.commit();
                }
            }
            event.executeBatch();
            c.commit();
        }
    }

    private static void flushEvery(PreparedStatement ps, Connection c, int i) throws Exception {
        if ((i + 1) % BATCH == 0) {
            ps.executeBatch();
            c.commit();
        }
    }

    /** The ids of the last n rows of a table, in insertion order: what this seeder just wrote. */
    private static long[] lastIds(Connection c, String table, int n) throws Exception {
        long[] ids = new long[n];
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM (SELECT id FROM " + table + " ORDER BY id DESC LIMIT " + n
                     + ") t ORDER BY id")) {
            int i = 0;
            while (rs.next()) {
                ids[i++] = rs.getLong(1);
            }
        }
        return ids;
    }
}
