package ir.kanoonyar.backoffice.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.db.training.Course;
import ir.kanoonyar.db.training.CourseVersion;
import ir.kanoonyar.db.training.CourseVersionRepository;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A course's figures for staff: people enrolled, in progress and passed, and their average best
 * score, in all and per province and county; and how often each quiz question was answered right.
 * Counted over people (a person counts once, passed if any of their enrolments passed), and only
 * over people living in the staff member's region: their province, their county, or the country.
 */
@Service
@Transactional(readOnly = true)
class CourseFigures {

    /** The hardest questions the page shows; the spreadsheet has them all. */
    static final int HARDEST = 5;

    private final CourseAccess access;
    private final CourseVersionRepository versions;
    private final NamedParameterJdbcTemplate jdbc;

    CourseFigures(CourseAccess access, CourseVersionRepository versions, NamedParameterJdbcTemplate jdbc) {
        this.access = access;
        this.versions = versions;
        this.jdbc = jdbc;
    }

    /** Counts of one area (the whole scope, a province or a county). */
    record Counts(String name, long enrolled, long passed, long scored, long scoreSum) {

        public long inProgress() {
            return enrolled - passed;
        }

        /** The average best score of those who finished a quiz, in percent; null when nobody has. */
        public Double averageScore() {
            return scored == 0 ? null : Math.round(scoreSum * 10.0 / scored) / 10.0;
        }

        public Counts plus(Counts other) {
            return new Counts(name, enrolled + other.enrolled, passed + other.passed, scored + other.scored,
                    scoreSum + other.scoreSum);
        }
    }

    /** A quiz question of some version of the course, and how it was answered. */
    record QuestionFigures(long questionId, int versionNumber, int position, String text, long answers, long correct) {

        /** The share of right answers, in percent. */
        public double correctRate() {
            return answers == 0 ? 0 : Math.round(correct * 1000.0 / answers) / 10.0;
        }
    }

    /**
     * @param areaName   the region the figures cover, null for the whole country
     * @param provinces  one row per province with people enrolled (empty for county staff)
     * @param counties   one row per county with people enrolled
     * @param questions  every answered question, hardest (lowest correct rate) first
     */
    record Figures(Course course, String title, String areaName, Counts total, List<Counts> provinces,
                   List<Counts> counties, List<QuestionFigures> questions) {

        public List<QuestionFigures> hardest() {
            return questions.subList(0, Math.min(HARDEST, questions.size()));
        }
    }

    Figures of(StaffScope scope, long courseId) {
        Course course = access.visible(scope, courseId);
        List<CourseVersion> all = versions.findByCourseIdOrderByVersionNumberDesc(course.getId());
        String title = all.stream().filter(v -> v.getId().equals(course.getPublishedVersionId())).findFirst()
                .orElse(all.get(0)).getTitle();
        MapSqlParameterSource params = new MapSqlParameterSource("course", course.getId());
        String area = area(scope, params);

        // One row per person: passed if any enrolment passed, their best score over all versions.
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT x.province_id, pr.name AS province_name, x.county_id, co.name AS county_name,
                       COUNT(*) AS enrolled, SUM(x.passed) AS passed, COUNT(x.best) AS scored,
                       COALESCE(SUM(x.best), 0) AS score_sum
                FROM (SELECT e.person_id, p.province_id, p.county_id,
                             MAX(CASE WHEN e.status = 'PASSED' THEN 1 ELSE 0 END) AS passed,
                             MAX(e.best_score_percent) AS best
                      FROM enrolment e JOIN person p ON p.id = e.person_id
                      WHERE e.course_id = :course""" + area + """
                      GROUP BY e.person_id, p.province_id, p.county_id) x
                LEFT JOIN province pr ON pr.id = x.province_id
                LEFT JOIN county co ON co.id = x.county_id
                GROUP BY x.province_id, pr.name, x.county_id, co.name
                ORDER BY pr.name, co.name""", params);

        Map<Object, Counts> byProvince = new LinkedHashMap<>();
        List<Counts> counties = new ArrayList<>();
        Counts total = new Counts(null, 0, 0, 0, 0);
        for (Map<String, Object> row : rows) {
            Counts county = new Counts((String) row.get("county_name"), number(row, "enrolled"), number(row, "passed"),
                    number(row, "scored"), number(row, "score_sum"));
            counties.add(county);
            Counts asProvince = new Counts((String) row.get("province_name"), county.enrolled(), county.passed(),
                    county.scored(), county.scoreSum());
            byProvince.merge(String.valueOf(row.get("province_id")), asProvince, Counts::plus);
            total = total.plus(county);
        }
        List<Counts> provinces = scope.role() == StaffRole.COUNTY_STAFF ? List.of() : new ArrayList<>(byProvince.values());

        List<QuestionFigures> questions = jdbc.query("""
                SELECT q.id, v.version_number, q.position, q.text, COUNT(*) AS answers,
                       SUM(CASE WHEN a.correct THEN 1 ELSE 0 END) AS correct_count
                FROM quiz_answer a
                JOIN quiz_question q ON q.id = a.question_id
                JOIN course_version v ON v.id = q.course_version_id
                JOIN quiz_attempt t ON t.id = a.attempt_id
                JOIN person p ON p.id = t.person_id
                WHERE v.course_id = :course""" + area + """
                GROUP BY q.id, v.version_number, q.position, q.text""", params,
                (rs, i) -> new QuestionFigures(rs.getLong("id"), rs.getInt("version_number"), rs.getInt("position"),
                        rs.getString("text"), rs.getLong("answers"), rs.getLong("correct_count")));
        List<QuestionFigures> sorted = new ArrayList<>(questions);
        sorted.sort(Comparator.comparingDouble(QuestionFigures::correctRate)
                .thenComparing(Comparator.comparingLong(QuestionFigures::answers).reversed())
                .thenComparingInt(QuestionFigures::versionNumber).thenComparingInt(QuestionFigures::position));
        return new Figures(course, title, areaName(scope), total, provinces, counties, sorted);
    }

    /** The condition that keeps people of the staff member's region (p is the person). */
    private static String area(StaffScope scope, MapSqlParameterSource params) {
        return switch (scope.role()) {
            case NATIONAL_ADMIN -> "\n";
            case PROVINCE_STAFF -> {
                params.addValue("province", scope.provinceId());
                yield " AND p.province_id = :province\n";
            }
            case COUNTY_STAFF -> {
                params.addValue("county", scope.countyId());
                yield " AND p.county_id = :county\n";
            }
        };
    }

    private String areaName(StaffScope scope) {
        return switch (scope.role()) {
            case NATIONAL_ADMIN -> null;
            case PROVINCE_STAFF -> jdbc.queryForObject("SELECT name FROM province WHERE id = :id",
                    new MapSqlParameterSource("id", scope.provinceId()), String.class);
            case COUNTY_STAFF -> jdbc.queryForObject("SELECT name FROM county WHERE id = :id",
                    new MapSqlParameterSource("id", scope.countyId()), String.class);
        };
    }

    private static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
