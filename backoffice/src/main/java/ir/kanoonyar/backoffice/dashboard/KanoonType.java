package ir.kanoonyar.backoffice.dashboard;

import java.util.List;

import ir.kanoonyar.db.kanoon.KanoonAudience;

/**
 * The dashboards' kanoon type filter: brothers' or sisters' kanoons, urban or rural ones, or all.
 *
 * @param audience BROTHERS, SISTERS or null for both
 * @param rural    true for rural, false for urban, null for both
 */
public record KanoonType(KanoonAudience audience, Boolean rural) {

    static final KanoonType ALL = new KanoonType(null, null);

    static KanoonType of(String audience, String area) {
        KanoonAudience a = null;
        for (KanoonAudience candidate : KanoonAudience.values()) {
            if (candidate.name().equals(audience)) {
                a = candidate;
            }
        }
        Boolean r = "RURAL".equals(area) ? Boolean.TRUE : "URBAN".equals(area) ? Boolean.FALSE : null;
        return new KanoonType(a, r);
    }

    /** " AND …" on a summary table's audience and rural columns (aliased by the prefix); adds its values. */
    String where(String prefix, List<Object> args) {
        return where(prefix + "audience", prefix + "rural", args);
    }

    /** " AND …" on the given columns; adds its values. */
    String where(String audienceColumn, String ruralColumn, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (audience != null) {
            sql.append(" AND ").append(audienceColumn).append(" = ?");
            args.add(audience.name());
        }
        if (rural != null) {
            sql.append(" AND ").append(ruralColumn).append(" = ?");
            args.add(rural);
        }
        return sql.toString();
    }

    public String areaName() {
        return rural == null ? "" : rural ? "RURAL" : "URBAN";
    }

    public String audienceName() {
        return audience == null ? "" : audience.name();
    }
}
