package ir.kanoonyar.backoffice.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * The audit page's filters as typed: a person (user name), a kind of action, a Jalali date range
 * (inclusive, Tehran days) and an object (a part of the address or user name acted on). A date that
 * is not a date is reported, not guessed.
 *
 * @param badFrom whether "from" was typed but is not a Jalali date
 * @param badTo   whether "to" was typed but is not a Jalali date
 */
record AuditFilter(String person, String kind, String from, String to, String object, Instant fromInstant,
                   Instant toInstant, boolean badFrom, boolean badTo) {

    static AuditFilter of(String person, String kind, String from, String to, String object) {
        Instant start = null;
        Instant end = null;
        boolean badFrom = false;
        boolean badTo = false;
        if (!blank(from)) {
            var parsed = JalaliDate.parse(from);
            badFrom = !parsed.isValid();
            start = parsed.isValid() ? parsed.value().toLocalDate().atStartOfDay(JalaliDate.TEHRAN).toInstant() : null;
        }
        if (!blank(to)) {
            var parsed = JalaliDate.parse(to);
            badTo = !parsed.isValid();
            end = parsed.isValid() ? parsed.value().toLocalDate().plusDays(1).atStartOfDay(JalaliDate.TEHRAN).toInstant()
                    : null;
        }
        return new AuditFilter(strip(person), kind != null && AuditKinds.KNOWN.contains(kind) ? kind : null, strip(from), strip(to),
                strip(object), start, end, badFrom, badTo);
    }

    Specification<AuditEntry> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (person != null) {
                where.add(cb.equal(root.get("actor"), person));
            }
            if (kind != null) {
                String method = AuditKinds.method(kind);
                if (method == null) {
                    where.add(cb.equal(root.get("action"), kind));
                } else {
                    where.add(cb.equal(root.get("action"), method));
                    where.add(cb.like(root.get("target"), AuditKinds.targetPattern(kind), '\\'));
                }
            }
            if (fromInstant != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), fromInstant));
            }
            if (toInstant != null) {
                where.add(cb.lessThan(root.get("occurredAt"), toInstant));
            }
            if (object != null) {
                String escaped = object.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                where.add(cb.like(root.get("target"), "%" + escaped + "%", '\\'));
            }
            return cb.and(where.toArray(new Predicate[0]));
        };
    }

    /** The filters as query parameters, for the page links and the export. */
    String query() {
        StringBuilder q = new StringBuilder();
        append(q, "person", person);
        append(q, "kind", kind);
        append(q, "from", from);
        append(q, "to", to);
        append(q, "object", object);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Trimmed, Latin digits (an id typed in Persian digits finds the address), null when empty. */
    private static String strip(String s) {
        return blank(s) ? null : PersianText.normalize(s.strip());
    }
}
