package ir.kanoonyar.backoffice.dashboard;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ir.kanoonyar.db.persian.JalaliDate;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dormant kanoons of a region as the last roll-up marked them, with their manager and last report. */
@Service
class DormantKanoons {

    static final int LIMIT = 500;

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    DormantKanoons(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    Table table(DashboardRegion region, KanoonType type) {
        List<Object> args = new ArrayList<>();
        String inRegion = switch (region.level()) {
            case DashboardRegion.COUNTY -> " AND d.county_id = ?";
            case DashboardRegion.PROVINCE -> " AND d.province_id = ?";
            default -> "";
        };
        if (!inRegion.isEmpty()) {
            args.add(region.id());
        }
        String where = type.where("k.audience", "m.rural", args);
        List<List<Table.Cell>> rows = new ArrayList<>();
        jdbc.query("SELECT k.name, c.name, p.name, pe.first_name, pe.last_name, d.last_accepted_on"
                        + " FROM kanoon_dormancy d JOIN kanoon k ON k.id = d.kanoon_id JOIN mosque m ON m.id = k.mosque_id"
                        + " JOIN county c ON c.id = k.county_id JOIN province p ON p.id = k.province_id"
                        + " LEFT JOIN person pe ON pe.id = k.manager_person_id"
                        + " WHERE d.dormant = TRUE AND k.status <> 'CLOSED'" + inRegion + where
                        + " ORDER BY d.last_accepted_on, p.code, c.code, k.name LIMIT " + LIMIT,
                rs -> {
                    String manager = ((rs.getString(4) == null ? "" : rs.getString(4)) + " "
                            + (rs.getString(5) == null ? "" : rs.getString(5))).strip();
                    Date last = rs.getDate(6);
                    rows.add(List.of(Table.Cell.text(rs.getString(1)), Table.Cell.text(rs.getString(2)),
                            Table.Cell.text(rs.getString(3)), Table.Cell.text(manager.isEmpty() ? "—" : manager),
                            Table.Cell.text(last == null ? text("dashboard.dormant.never")
                                    : JalaliDate.from(last.toLocalDate()).format())));
                }, args.toArray());
        return new Table("dormant", text("dashboard.dormant.title"), List.of(text("dashboard.column.kanoon"),
                text("dashboard.column.county"), text("dashboard.column.province"), text("dashboard.column.manager"),
                text("dashboard.column.lastReport")), rows, null, List.of());
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ROOT);
    }
}
