package ir.kanoonyar.db.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import ir.kanoonyar.db.guideline.GuidelineVersion;
import ir.kanoonyar.db.guideline.GuidelineVersionRepository;
import ir.kanoonyar.testsupport.MariaDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roll-up of Aban 1405 (23 Oct - 21 Nov 2026) against figures worked out by hand, on a small data
 * set in two counties of Ilam that no other test uses (earlier runs' kanoons there are closed first).
 * Aban ends at midnight in Tehran, 2026-11-21T20:30Z: a certificate at 20:00Z counts, one at 21:00Z
 * does not; a report dated 30 Aban counts, one dated 1 Azar does not.
 */
class IndicatorRollupOnMariaDbTest extends MariaDbTest {

    static final JalaliMonth ABAN = new JalaliMonth(1405, 8);

    @Autowired
    IndicatorRollup rollup;
    @Autowired
    Dormancy dormancy;
    @Autowired
    GuidelineVersionRepository guidelines;
    @Autowired
    JdbcTemplate jdbc;

    long ilam;
    long darehShahr;
    long dehloran;
    long k1;
    long k2;
    long k3;
    GuidelineVersion guideline;

    @BeforeEach
    void seed() {
        ilam = jdbc.queryForObject("SELECT id FROM province WHERE code = '16'", Long.class);
        darehShahr = jdbc.queryForObject("SELECT id FROM county WHERE code = '1602'", Long.class);
        dehloran = jdbc.queryForObject("SELECT id FROM county WHERE code = '1603'", Long.class);
        jdbc.update("UPDATE kanoon SET status = 'CLOSED' WHERE province_id = ?", ilam);
        guideline = guidelines.findInForceAt(ABAN.end()).orElseThrow();

        long p1 = person(LocalDate.of(1995, 6, 1));
        long p2 = person(LocalDate.of(1980, 1, 1));
        k1 = kanoon(darehShahr, "BROTHERS", false, p1, LocalDate.of(2025, 11, 21), 25);
        k2 = kanoon(darehShahr, "SISTERS", true, p2, null, 50);
        k3 = kanoon(dehloran, "BROTHERS", false, null, null, 0);
        jdbc.update("UPDATE kanoon SET status = 'NO_MANAGER' WHERE id = ?", k3);
        jdbc.update("INSERT INTO licence (number, kanoon_id, issued_on, valid_until, status, created_at)"
                + " VALUES (?, ?, '2025-01-01', '2028-01-01', 'VALID', CURRENT_TIMESTAMP)", "T-" + uuid(12), k1);
        for (int i = 0; i < 3; i++) {
            jdbc.update("INSERT INTO kanoon_member (kanoon_id, first_name, last_name, gender, birth_year, role,"
                    + " created_at, updated_at) VALUES (?, 'عضو', 'کانون', 'FEMALE', 1390, 'MEMBER',"
                    + " '2026-01-01 00:00:00', '2026-01-01 00:00:00')", k2);
        }
        report(k1, p1, "QURAN", "2026-11-21", 30, "ACCEPTED");
        report(k1, p1, "BOOK", "2026-10-23", 20, "ACCEPTED");
        report(k1, p1, "FILM", "2026-11-01", 50, "DOUBTFUL");
        report(k1, p1, "QURAN", "2026-11-22", 40, "ACCEPTED");
        report(k1, p1, "SONG", "2026-10-10", 5, "ACCEPTED");
        report(k1, p1, "SONG", "2026-09-01", 5, "ACCEPTED");
        report(k2, p2, "FILM", "2026-11-05", 10, "ACCEPTED");
        for (String code : guideline.getRequiredCourses()) {
            certificate(p1, code, Instant.parse("2026-11-21T20:00:00Z"));
            certificate(p2, code, Instant.parse("2026-11-21T21:00:00Z"));
        }
        long applicant = person(LocalDate.of(1990, 1, 1));
        reviewed(applicant, "2026-10-25T08:00:00Z", "2026-10-25T18:00:00Z");
        reviewed(applicant, "2026-11-01T08:00:00Z", "2026-11-02T04:00:00Z");
        reviewed(applicant, "2026-11-01T08:00:00Z", "2026-11-09T16:00:00Z");
        reviewed(applicant, "2026-11-20T08:00:00Z", "2026-11-21T21:00:00Z");
    }

    @Test
    void aMonthRollsUpToTheFiguresWorkedOutByHand() {
        assertThat(ABAN.firstDay()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(ABAN.lastDay()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(ABAN.end()).isEqualTo(Instant.parse("2026-11-21T20:30:00Z"));

        rollup.rollUp(ABAN, "test");

        boolean coursesRequired = !guideline.getRequiredCourses().isEmpty();
        Map<String, Object> first = kanoonRow(k1);
        // Two accepted reports in Aban (30 Aban counts; 1 Azar and the doubtful one do not).
        assertThat(first).containsEntry("accepted_reports", 2).containsEntry("participants", 50)
                .containsEntry("corridors", 2).containsEntry("regular_months", 3)
                .containsEntry("training_done", true).containsEntry("licence_valid", true)
                .containsEntry("members", 25).containsEntry("young_manager", true).containsEntry("tenure_days", 365);
        Map<String, Object> second = kanoonRow(k2);
        assertThat(second).containsEntry("accepted_reports", 1).containsEntry("participants", 10)
                .containsEntry("corridors", 1).containsEntry("regular_months", 1)
                // Its certificate came half an hour into Azar, Tehran time.
                .containsEntry("training_done", !coursesRequired).containsEntry("licence_valid", false)
                .containsEntry("members", 3).containsEntry("young_manager", false);
        assertThat(second.get("tenure_days")).isNull();
        Map<String, Object> third = kanoonRow(k3);
        assertThat(third).containsEntry("accepted_reports", 0).containsEntry("has_manager", false)
                .containsEntry("training_done", false);

        // Weights v1: reports 25, participants 15, corridors 10, regularity 20, training 10, licence 10,
        // members 10; targets 4 reports, 100 participants, 3 corridors.
        // First: 25*2/4 + 15*50/100 + 10*2/3 + 20*3/6 + 10 + 10 + 10 = 66.7
        assertThat(((Number) first.get("score")).doubleValue()).isEqualTo(66.7);
        // Second: 25*1/4 + 15*10/100 + 10*1/3 + 20*1/6 + 0 + 0 + 10*3/min = 14.4 + 30/min (+10 untrained)
        double expected = 6.25 + 1.5 + 10.0 / 3 + 20.0 / 6 + (coursesRequired ? 0 : 10)
                + 10 * Math.min(1.0, 3.0 / guideline.getMinMembersRural());
        assertThat(((Number) second.get("score")).doubleValue()).isEqualTo(Math.round(expected * 10) / 10.0);

        Map<String, Object> county = jdbc.queryForMap("SELECT SUM(kanoons) kanoons, SUM(reporting_kanoons) reporting,"
                + " SUM(accepted_reports) reports, SUM(participants) participants, SUM(managers) managers,"
                + " SUM(valid_licences) licences, SUM(young_managers) young, SUM(members) members"
                + " FROM region_month_figures WHERE level = 'COUNTY' AND region_id = ? AND month_key = 140508", darehShahr);
        assertThat(county).containsEntry("kanoons", bd(2)).containsEntry("reporting", bd(2))
                .containsEntry("reports", bd(3)).containsEntry("participants", bd(60)).containsEntry("managers", bd(2))
                .containsEntry("licences", bd(1)).containsEntry("young", bd(1)).containsEntry("members", bd(28));
        Map<String, Object> province = jdbc.queryForMap("SELECT SUM(kanoons) kanoons, SUM(accepted_reports) reports"
                + " FROM region_month_figures WHERE level = 'PROVINCE' AND region_id = ? AND month_key = 140508", ilam);
        assertThat(province).containsEntry("kanoons", bd(3)).containsEntry("reports", bd(3));
        assertThat(jdbc.queryForObject("SELECT reports FROM region_month_corridor WHERE level = 'COUNTY'"
                + " AND region_id = ? AND month_key = 140508 AND corridor = 'FILM'", Integer.class, darehShahr))
                .isEqualTo(1);

        // Three county reviews ended in Aban: 10, 20 and 200 hours; 200 is past the route's 7 days.
        Map<String, Object> steps = jdbc.queryForMap("SELECT steps, median_hours, p90_hours, breaches"
                + " FROM region_month_processing WHERE level = 'COUNTY' AND region_id = ? AND month_key = 140508"
                + " AND request_type = 'MANAGER_REGISTRATION' AND step = 'COUNTY_REVIEW'", darehShahr);
        assertThat(steps.get("steps")).isEqualTo(3);
        assertThat(((Number) steps.get("median_hours")).doubleValue()).isEqualTo(20.0);
        assertThat(((Number) steps.get("p90_hours")).doubleValue()).isEqualTo(200.0);
        assertThat(steps.get("breaches")).isEqualTo(3 - 2);
        // The same steps counted by their hours, for the percentiles of a season or a year.
        assertThat(jdbc.queryForList("SELECT CONCAT(hours, ' ', steps, ' ', breaches) FROM region_month_processing_hours"
                + " WHERE level = 'COUNTY' AND region_id = ? AND month_key = 140508 AND request_type = 'MANAGER_REGISTRATION'"
                + " AND step = 'COUNTY_REVIEW' ORDER BY hours", String.class, darehShahr))
                .containsExactly("10.0 1 0", "20.0 1 0", "200.0 1 1");
    }

    @Test
    void rollingUpAgainReplacesTheMonthInsteadOfAddingToIt() {
        rollup.rollUp(ABAN, "test");
        rollup.rollUp(ABAN, "test");
        assertThat(jdbc.queryForObject("SELECT SUM(accepted_reports) FROM region_month_figures WHERE level = 'COUNTY'"
                + " AND region_id = ? AND month_key = 140508", Integer.class, darehShahr)).isEqualTo(3);
    }

    @Test
    void kanoonsWithoutAnAcceptedReportForTheSettingsDaysAreDormant() {
        LocalDate today = LocalDate.now(ir.kanoonyar.db.persian.JalaliDate.TEHRAN);
        report(k2, null, "BOOK", today.minusDays(dormancy.dormantDays()).toString(), 10, "ACCEPTED");
        report(k3, null, "BOOK", today.minusDays(dormancy.dormantDays() + 1).toString(), 10, "ACCEPTED");
        report(k1, null, "BOOK", today.minusDays(5).toString(), 10, "DOUBTFUL");
        jdbc.update("UPDATE activity_report SET status = 'DOUBTFUL' WHERE kanoon_id = ? AND status = 'ACCEPTED'", k1);
        dormancy.mark();
        // k1: its only recent report is doubtful; k2: an accepted report exactly the setting's days ago;
        // k3: one a day older than that.
        assertThat(dormant(k1)).isTrue();
        assertThat(dormant(k2)).isFalse();
        assertThat(dormant(k3)).isTrue();
    }

    private boolean dormant(long kanoon) {
        return jdbc.queryForObject("SELECT dormant FROM kanoon_dormancy WHERE kanoon_id = ?", Boolean.class, kanoon);
    }

    private static Object bd(long value) {
        return java.math.BigDecimal.valueOf(value);
    }

    private Map<String, Object> kanoonRow(long kanoon) {
        return jdbc.queryForMap("SELECT * FROM kanoon_month_figures WHERE kanoon_id = ? AND month_key = ?", kanoon,
                ABAN.key());
    }

    private static String uuid(int length) {
        return UUID.randomUUID().toString().replace("-", "").substring(0, length);
    }

    private long person(LocalDate birthDate) {
        jdbc.update("INSERT INTO person (birth_date, created_at) VALUES (?, CURRENT_TIMESTAMP)", Date.valueOf(birthDate));
        return jdbc.queryForObject("SELECT MAX(id) FROM person", Long.class);
    }

    private long kanoon(long county, String audience, boolean rural, Long manager, LocalDate managerSince, int members) {
        jdbc.update("INSERT INTO mosque (name, province_id, county_id, rural, created_at) VALUES ('مسجد', ?, ?, ?,"
                + " '2025-01-01 00:00:00')", ilam, county, rural);
        long mosque = jdbc.queryForObject("SELECT MAX(id) FROM mosque", Long.class);
        jdbc.update("INSERT INTO kanoon (name, mosque_id, province_id, county_id, audience, manager_person_id, status,"
                + " members, manager_since, created_at) VALUES ('کانون آزمون', ?, ?, ?, ?, ?, 'ACTIVE', ?, ?,"
                + " '2025-01-01 00:00:00')", mosque, ilam, county, audience, manager, members,
                managerSince == null ? null : Date.valueOf(managerSince));
        return jdbc.queryForObject("SELECT MAX(id) FROM kanoon", Long.class);
    }

    private void report(long kanoon, Long manager, String corridor, String date, int participants, String status) {
        long by = manager != null ? manager : person(LocalDate.of(1990, 1, 1));
        jdbc.update("INSERT INTO activity_report (kanoon_id, manager_person_id, corridor, title, activity_date, audience,"
                + " participants, status, submitted_at, draft_key, updated_at) VALUES (?, ?, ?, 'برنامه', ?, 'YOUTH', ?,"
                + " ?, CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP)", kanoon, by, corridor, Date.valueOf(date), participants,
                status, uuid(32));
    }

    private void certificate(long person, String code, Instant at) {
        Long course = jdbc.query("SELECT id FROM course WHERE code = ?", (rs, n) -> rs.getLong(1), code).stream()
                .findFirst().orElseGet(() -> {
                    jdbc.update("INSERT INTO course (code, created_by, created_at) VALUES (?, 'test', CURRENT_TIMESTAMP)",
                            code);
                    return jdbc.queryForObject("SELECT id FROM course WHERE code = ?", Long.class, code);
                });
        Long version = jdbc.query("SELECT id FROM course_version WHERE course_id = ? ORDER BY id LIMIT 1",
                (rs, n) -> rs.getLong(1), course).stream().findFirst().orElseGet(() -> {
                    jdbc.update("INSERT INTO course_version (course_id, version_number, status, title, pass_mark_percent,"
                            + " retry_wait_minutes, created_by, created_at) VALUES (?, 1, 'PUBLISHED', 'دوره', 50, 0,"
                            + " 'test', CURRENT_TIMESTAMP)", course);
                    return jdbc.queryForObject("SELECT MAX(id) FROM course_version WHERE course_id = ?", Long.class,
                            course);
                });
        jdbc.update("INSERT INTO enrolment (person_id, course_id, course_version_id, status, lesson_position, started_at,"
                + " updated_at) VALUES (?, ?, ?, 'PASSED', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", person, course, version);
        long enrolment = jdbc.queryForObject("SELECT MAX(id) FROM enrolment", Long.class);
        jdbc.update("INSERT INTO quiz_attempt (enrolment_id, person_id, course_version_id, attempt_number, correct_count,"
                + " question_count, score_percent, passed, finished_at) VALUES (?, ?, ?, 1, 1, 1, 100, TRUE, ?)",
                enrolment, person, version, Timestamp.from(at));
        long attempt = jdbc.queryForObject("SELECT MAX(id) FROM quiz_attempt", Long.class);
        jdbc.update("INSERT INTO certificate (code, person_id, course_id, course_version_id, attempt_id, person_name,"
                + " course_title, score_percent, issued_at) VALUES (?, ?, ?, ?, ?, 'مدیر', 'دوره', 100, ?)",
                uuid(12), person, course, version, attempt, Timestamp.from(at));
    }

    /** A manager registration in county review from one time to another (then approved). */
    private void reviewed(long applicant, String entered, String left) {
        jdbc.update("INSERT INTO request (tracking_code, type, status, applicant_person_id, province_id, county_id,"
                + " assignee_level, created_at, updated_at) VALUES (?, 'MANAGER_REGISTRATION', 'APPROVED', ?, ?, ?,"
                + " 'COUNTY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", uuid(12), applicant, ilam, darehShahr);
        long request = jdbc.queryForObject("SELECT MAX(id) FROM request", Long.class);
        event(request, 1, "SUBMITTED", "DRAFT", "COUNTY_REVIEW", entered);
        event(request, 2, "APPROVED", "COUNTY_REVIEW", "APPROVED", left);
    }

    private void event(long request, int seq, String type, String from, String to, String at) {
        jdbc.update("INSERT INTO timeline_event (request_id, seq, event_type, from_status, to_status, actor, actor_role,"
                + " occurred_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, 'test', 'COUNTY_STAFF', ?, 'x', 'x')",
                request, seq, type, from, to, Timestamp.from(Instant.parse(at)));
    }
}
