package ir.kanoonyar.backoffice.requests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ir.kanoonyar.db.persian.PersianText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The inbox's name search, turned into ids before the requests are read: the applicants, mosques and
 * kanoons whose names contain what was typed. Those three tables are small next to the requests and are
 * scanned through narrow indexes (V35), after which the requests come from their applicant, mosque and
 * kanoon indexes. Filtering the region's requests by joined names instead read and joined every request
 * of a province, seconds at a million requests.
 */
@Component
class NameMatches {

    /**
     * More ids than this of one kind (a very common word) and the search falls back to checking the
     * region's requests one by one: still right, only slower, and a list of thousands of ids would be no
     * faster.
     */
    static final int MOST_IDS = 500;

    private static final String PERSONS = "SELECT p.id FROM person p WHERE CONCAT(COALESCE(p.first_name, ''), ' ',"
            + " COALESCE(p.last_name, '')) LIKE ? OR p.last_name LIKE ?";
    private static final String MOSQUES = "SELECT m.id FROM mosque m WHERE m.name LIKE ?";
    private static final String KANOONS = "SELECT k.id FROM kanoon k WHERE k.name LIKE ?";

    private final JdbcTemplate jdbc;

    NameMatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The SQL condition on request r (with its arguments) for requests whose names contain the typed text. */
    Condition condition(String typed) {
        String like = "%" + PersianText.normalize(typed).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        List<Long> persons = jdbc.queryForList(PERSONS + " LIMIT " + (MOST_IDS + 1), Long.class, like, like);
        List<Long> mosques = jdbc.queryForList(MOSQUES + " LIMIT " + (MOST_IDS + 1), Long.class, like);
        List<Long> kanoons = mosques.size() > MOST_IDS ? mosques
                : jdbc.queryForList(KANOONS + inList(mosques) + " LIMIT " + (MOST_IDS + 1), Long.class,
                        concat(List.of(like), mosques).toArray());
        if (persons.size() > MOST_IDS || mosques.size() > MOST_IDS || kanoons.size() > MOST_IDS) {
            return new Condition(" AND (r.applicant_person_id IN (" + PERSONS + ") OR r.mosque_id IN (" + MOSQUES
                    + ") OR r.kanoon_id IN (SELECT k.id FROM kanoon k WHERE k.name LIKE ? OR k.mosque_id IN ("
                    + MOSQUES + ")))", List.of(like, like, like, like, like));
        }
        if (persons.isEmpty() && mosques.isEmpty() && kanoons.isEmpty()) {
            return new Condition(" AND 1 = 0", List.of());
        }
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (!persons.isEmpty()) {
            parts.add("r.applicant_person_id IN (" + placeholders(persons.size()) + ")");
            args.addAll(persons);
        }
        if (!mosques.isEmpty()) {
            parts.add("r.mosque_id IN (" + placeholders(mosques.size()) + ")");
            args.addAll(mosques);
        }
        if (!kanoons.isEmpty()) {
            parts.add("r.kanoon_id IN (" + placeholders(kanoons.size()) + ")");
            args.addAll(kanoons);
        }
        return new Condition(" AND (" + String.join(" OR ", parts) + ")", args);
    }

    /** A where clause's extra condition on request r and the arguments of its placeholders, in order. */
    record Condition(String sql, List<Object> args) {
    }

    /** The kanoons of the matched mosques count too: the inbox shows a kanoon's mosque as its place. */
    private static String inList(List<Long> mosques) {
        return mosques.isEmpty() ? "" : " OR k.mosque_id IN (" + placeholders(mosques.size()) + ")";
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static List<Object> concat(List<Object> first, List<Long> rest) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(rest);
        return all;
    }
}
