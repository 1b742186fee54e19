package ir.kanoonyar.db.broadcast;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A segment as SQL over the people the bot knows: every chat (Telegram, Bale, simulator) that is not
 * blocked, of a person who matches. Counting and enqueueing share the same condition, so "reaches N"
 * is what gets sent. Enqueueing is one INSERT … SELECT: 100,000 rows take seconds, not a round trip each.
 */
@Component
public class BroadcastAudience {

    /** What an outbox row of a broadcast is about, for reports. */
    public static final String KIND = "BROADCAST";

    private final NamedParameterJdbcTemplate jdbc;

    public BroadcastAudience(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** How many a segment reaches now. */
    public record Reach(long chats, long people) {
    }

    public Reach count(Segment segment) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(segment, params);
        return jdbc.queryForObject("SELECT COUNT(*), COUNT(DISTINCT pc.person_id) FROM person_chat pc"
                        + " JOIN person p ON p.id = pc.person_id WHERE " + where, params,
                (rs, n) -> new Reach(rs.getLong(1), rs.getLong(2)));
    }

    /**
     * Writes one BULK outbox row per chat the segment reaches, each keyed by (broadcast, channel, chat):
     * a chat that already has its row is skipped, so running this again never sends twice.
     *
     * @return the rows written
     */
    public int enqueue(long broadcastId, Segment segment, String body, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("broadcastId", broadcastId)
                .addValue("body", body)
                .addValue("kind", KIND)
                .addValue("prefix", dedupPrefix(broadcastId))
                .addValue("now", java.sql.Timestamp.from(now));
        String where = where(segment, params);
        return jdbc.update("INSERT INTO outbox_message (channel, chat_id, person_id, kind, dedup_key, body, status,"
                + " attempts, not_before, created_at, lane, broadcast_id)"
                + " SELECT pc.channel, pc.chat_id, pc.person_id, :kind, CONCAT(:prefix, pc.channel, ':', pc.chat_id),"
                + " :body, 'PENDING', 0, :now, :now, 'BULK', :broadcastId"
                + " FROM person_chat pc JOIN person p ON p.id = pc.person_id"
                + " WHERE " + where
                + " AND NOT EXISTS (SELECT 1 FROM outbox_message o"
                + "                 WHERE o.dedup_key = CONCAT(:prefix, pc.channel, ':', pc.chat_id))", params);
    }

    /** The dedup keys of a broadcast's rows start with this: "broadcast:{id}:{channel}:{chat}". */
    static String dedupPrefix(long broadcastId) {
        return "broadcast:" + broadcastId + ":";
    }

    /** The condition on person_chat pc joined to person p. */
    static String where(Segment segment, MapSqlParameterSource params) {
        List<String> and = new ArrayList<>();
        and.add("pc.blocked_at IS NULL");
        // The region, a county or a province: a person registered there, managing a kanoon there, or
        // asked to sign for a request there.
        String column = segment.countyId() != null ? "county_id" : segment.provinceId() != null ? "province_id" : null;
        if (column != null) {
            params.addValue("regionId", segment.countyId() != null ? segment.countyId() : segment.provinceId());
            and.add("(p." + column + " = :regionId"
                    + " OR EXISTS (SELECT 1 FROM kanoon k WHERE k.manager_person_id = p.id AND k." + column + " = :regionId)"
                    + " OR EXISTS (SELECT 1 FROM consent c JOIN request r ON r.id = c.request_id"
                    + "            WHERE c.signer_person_id = p.id AND r." + column + " = :regionId))");
        }
        switch (segment.role()) {
            case EVERYONE -> {
            }
            case MANAGERS -> and.add("EXISTS (SELECT 1 FROM kanoon k WHERE k.manager_person_id = p.id"
                    + " AND k.status <> 'CLOSED')");
            case APPLICANTS -> and.add("EXISTS (SELECT 1 FROM request r WHERE r.applicant_person_id = p.id"
                    + " AND r.submitted_at IS NOT NULL)");
            case SIGNERS -> and.add("EXISTS (SELECT 1 FROM consent c WHERE c.signer_person_id = p.id"
                    + " AND c.status IN ('SIGNED', 'REFUSED'))");
            case NEVER_SUBMITTED -> and.add("p.registered_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM request r"
                    + " WHERE r.applicant_person_id = p.id AND r.submitted_at IS NOT NULL)");
            case MANAGERS_UNTRAINED -> and.add("EXISTS (SELECT 1 FROM kanoon k WHERE k.manager_person_id = p.id"
                    + " AND k.status <> 'CLOSED') AND NOT EXISTS (SELECT 1 FROM certificate t"
                    + " WHERE t.person_id = p.id AND t.revoked_at IS NULL)");
            case LEARNERS -> and.add("EXISTS (SELECT 1 FROM enrolment e WHERE e.person_id = p.id"
                    + " AND e.status = 'IN_PROGRESS')");
            case MANAGERS_DORMANT -> and.add("EXISTS (SELECT 1 FROM kanoon k JOIN kanoon_dormancy d ON d.kanoon_id = k.id"
                    + " WHERE k.manager_person_id = p.id AND k.status <> 'CLOSED' AND d.dormant = TRUE"
                    + (column == null ? "" : " AND k." + column + " = :regionId") + ")");
        }
        if (segment.needsKanoon()) {
            StringBuilder kanoon = new StringBuilder("EXISTS (SELECT 1 FROM kanoon k JOIN mosque m ON m.id = k.mosque_id"
                    + " WHERE k.manager_person_id = p.id AND k.status <> 'CLOSED'");
            if (segment.audience() != null) {
                params.addValue("audience", segment.audience().name());
                kanoon.append(" AND k.audience = :audience");
            }
            if (segment.area() != null) {
                params.addValue("rural", segment.area() == KanoonArea.RURAL);
                kanoon.append(" AND m.rural = :rural");
            }
            and.add(kanoon.append(')').toString());
        }
        return String.join(" AND ", and);
    }
}
