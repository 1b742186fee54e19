package ir.kanoonyar.backoffice.requests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ir.kanoonyar.db.persian.PersianText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The inbox's name search, turned into ids before the requests are read: the applicants, mosques and
 * kanoons whose names start with what was typed. Those three tables are small next to the requests and are
 * read as ranges of their name indexes (V35, V60), after which the requests come from their applicant, mosque and
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

    /**
     * The word a mosque's or kanoon's name starts with, which staff leave out when they type the name
     * («امام رضا» for «مسجد امام رضا»): a name is matched from its start and from after that word.
     */
    private static final String MOSQUE_WORD = "مسجد ";
    private static final String KANOON_WORD = "کانون ";
    /** Splits of a typed full name into first name and last name tried, at its first spaces. */
    private static final int MOST_SPLITS = 3;

    private final JdbcTemplate jdbc;

    NameMatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The SQL condition on request r (with its arguments) for requests whose applicant's first or last
     * name, or whose mosque's or kanoon's name, starts with the typed text; «علی رضا» also finds first
     * name «علی…» with last name «رضا…». Every part is a range of an index (V35, V60), where matching
     * text anywhere in a name read all of them: a name search took 0.4 s on a hundred thousand people.
     */
    Condition condition(String typed) {
        String text = PersianText.normalize(typed).strip().replaceAll("\\s+", " ");
        Condition persons = persons(text);
        Condition mosques = startsWith("m.name", text, MOSQUE_WORD);
        Condition kanoons = startsWith("k.name", text, KANOON_WORD);
        String personSql = "SELECT p.id FROM person p WHERE " + persons.sql;
        String mosqueSql = "SELECT m.id FROM mosque m WHERE " + mosques.sql;
        List<Long> personIds = jdbc.queryForList(personSql + " LIMIT " + (MOST_IDS + 1), Long.class,
                persons.args.toArray());
        List<Long> mosqueIds = jdbc.queryForList(mosqueSql + " LIMIT " + (MOST_IDS + 1), Long.class,
                mosques.args.toArray());
        List<Long> kanoonIds = mosqueIds.size() > MOST_IDS ? mosqueIds
                : jdbc.queryForList("SELECT k.id FROM kanoon k WHERE " + kanoons.sql + inList(mosqueIds)
                        + " LIMIT " + (MOST_IDS + 1), Long.class, concat(kanoons.args, mosqueIds).toArray());
        if (personIds.size() > MOST_IDS || mosqueIds.size() > MOST_IDS || kanoonIds.size() > MOST_IDS) {
            List<Object> args = new ArrayList<>(persons.args);
            args.addAll(mosques.args);
            args.addAll(kanoons.args);
            args.addAll(mosques.args);
            return new Condition(" AND (r.applicant_person_id IN (" + personSql + ") OR r.mosque_id IN (" + mosqueSql
                    + ") OR r.kanoon_id IN (SELECT k.id FROM kanoon k WHERE " + kanoons.sql + " OR k.mosque_id IN ("
                    + mosqueSql + ")))", args);
        }
        if (personIds.isEmpty() && mosqueIds.isEmpty() && kanoonIds.isEmpty()) {
            return new Condition(" AND 1 = 0", List.of());
        }
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (!personIds.isEmpty()) {
            parts.add("r.applicant_person_id IN (" + placeholders(personIds.size()) + ")");
            args.addAll(personIds);
        }
        if (!mosqueIds.isEmpty()) {
            parts.add("r.mosque_id IN (" + placeholders(mosqueIds.size()) + ")");
            args.addAll(mosqueIds);
        }
        if (!kanoonIds.isEmpty()) {
            parts.add("r.kanoon_id IN (" + placeholders(kanoonIds.size()) + ")");
            args.addAll(kanoonIds);
        }
        return new Condition(" AND (" + String.join(" OR ", parts) + ")", args);
    }

    /** First or last name starting with the text, or a first name and a last name starting with its parts. */
    private static Condition persons(String text) {
        List<String> parts = new ArrayList<>(List.of("p.last_name LIKE ?", "p.first_name LIKE ?"));
        List<Object> args = new ArrayList<>(List.of(prefix(text), prefix(text)));
        int space = text.indexOf(' ');
        for (int split = 0; space > 0 && split < MOST_SPLITS; split++) {
            parts.add("(p.first_name LIKE ? AND p.last_name LIKE ?)");
            args.add(prefix(text.substring(0, space)));
            args.add(prefix(text.substring(space + 1)));
            space = text.indexOf(' ', space + 1);
        }
        return new Condition("(" + String.join(" OR ", parts) + ")", args);
    }

    /** A name starting with the text, or with the usual first word and then the text. */
    private static Condition startsWith(String column, String text, String usualWord) {
        if (text.startsWith(usualWord.strip())) {
            return new Condition(column + " LIKE ?", List.of(prefix(text)));
        }
        return new Condition("(" + column + " LIKE ? OR " + column + " LIKE ?)",
                List.of(prefix(text), prefix(usualWord + text)));
    }

    private static String prefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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
