package ir.kanoonyar.db.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The versions of the score's weights: only ever added, like the guideline's versions. */
@Repository
public class IndicatorWeightsStore {

    private static final String COLUMNS = "version_number, effective_from, w_reports, w_participants, w_corridors,"
            + " w_regularity, w_training, w_licence, w_members, target_reports, target_participants, target_corridors,"
            + " note, created_by, created_at";

    private final JdbcTemplate jdbc;

    public IndicatorWeightsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<IndicatorWeights> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM indicator_weights ORDER BY version_number DESC",
                IndicatorWeightsStore::row);
    }

    /** The version in force at the time: the latest effective_from not after it, then the highest number. */
    @Transactional(readOnly = true)
    public Optional<IndicatorWeights> inForceAt(Instant at) {
        return jdbc.query("SELECT " + COLUMNS + " FROM indicator_weights WHERE effective_from <= ?"
                        + " ORDER BY effective_from DESC, version_number DESC LIMIT 1",
                IndicatorWeightsStore::row, Timestamp.from(at)).stream().findFirst();
    }

    /**
     * Saves the next version (its number is the highest so far plus one).
     *
     * @throws IllegalArgumentException with the problem's code when the weights cannot be saved
     */
    @Transactional
    public IndicatorWeights add(IndicatorWeights draft) {
        String problem = draft.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Integer latest = jdbc.queryForObject("SELECT MAX(version_number) FROM indicator_weights", Integer.class);
        int number = latest == null ? 1 : latest + 1;
        jdbc.update("INSERT INTO indicator_weights (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                number, Timestamp.from(draft.effectiveFrom()), draft.reports(), draft.participants(), draft.corridors(),
                draft.regularity(), draft.training(), draft.licence(), draft.members(), draft.targetReports(),
                draft.targetParticipants(), draft.targetCorridors(), draft.note(), draft.createdBy(),
                Timestamp.from(draft.createdAt()));
        return new IndicatorWeights(number, draft.effectiveFrom(), draft.reports(), draft.participants(),
                draft.corridors(), draft.regularity(), draft.training(), draft.licence(), draft.members(),
                draft.targetReports(), draft.targetParticipants(), draft.targetCorridors(), draft.note(),
                draft.createdBy(), draft.createdAt());
    }

    private static IndicatorWeights row(ResultSet rs, int n) throws SQLException {
        return new IndicatorWeights(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4),
                rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                rs.getInt(12), rs.getString(13), rs.getString(14), rs.getTimestamp(15).toInstant());
    }
}
