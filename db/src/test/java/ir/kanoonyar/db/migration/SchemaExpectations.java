package ir.kanoonyar.db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/** What every database must hold after the migrations, whichever engine runs them. */
final class SchemaExpectations {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    SchemaExpectations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
    }

    void allProvincesAndCountiesLoaded() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM province", Integer.class)).isEqualTo(31);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM county", Integer.class)).isEqualTo(448);
        // Every county code starts with its province's code.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM county c JOIN province p ON p.id = c.province_id "
                + "WHERE SUBSTRING(c.code, 1, 2) <> p.code", Integer.class)).isZero();
    }

    void persianTextRoundTrips() {
        assertThat(jdbc.queryForObject("SELECT name FROM province WHERE code = '00'", String.class))
                .isEqualTo("مرکزی");
        assertThat(jdbc.queryForObject("SELECT name FROM county WHERE code = '0210'", String.class))
                .isEqualTo("قایم شهر");
        // ZWNJ and a four-byte character (utf8mb4) survive a write and a read.
        String text = "کانون\u200Cهای فرهنگی \uD83C\uDF19";
        jdbc.update("INSERT INTO audit_log (occurred_at, actor, action, detail) VALUES (CURRENT_TIMESTAMP, 'test', "
                + "'ROUND_TRIP', ?)", text);
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_log WHERE action = 'ROUND_TRIP'", String.class))
                .isEqualTo(text);
        jdbc.update("DELETE FROM audit_log WHERE action = 'ROUND_TRIP'");
    }

    void quartzTablesExist() throws SQLException {
        List<String> tables = tableNames();
        assertThat(tables).extracting(String::toUpperCase).contains("QRTZ_JOB_DETAILS", "QRTZ_TRIGGERS",
                "QRTZ_CRON_TRIGGERS", "QRTZ_SIMPLE_TRIGGERS", "QRTZ_FIRED_TRIGGERS", "QRTZ_LOCKS",
                "QRTZ_SCHEDULER_STATE", "QRTZ_CALENDARS", "QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_BLOB_TRIGGERS",
                "QRTZ_SIMPROP_TRIGGERS");
    }

    void inboxIndexesExist() throws SQLException {
        assertThat(indexColumns("request", "ix_request_inbox_province"))
                .containsExactly("status", "province_id", "due_at", "id");
        assertThat(indexColumns("request", "ix_request_inbox_county"))
                .containsExactly("status", "county_id", "due_at", "id");
    }

    void defaultSettingsSeeded() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_route WHERE province_id IS NULL", Integer.class))
                .isEqualTo(7);
        assertThat(jdbc.queryForObject("SELECT min_age FROM guideline_version WHERE version_number = 1", Integer.class))
                .isEqualTo(18);
    }

    int demoAccounts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM staff_account WHERE username LIKE 'demo-%'", Integer.class);
    }

    List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private List<String> indexColumns(String table, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getIndexInfo(c.getCatalog(), null, table, false, false)) {
                while (rs.next()) {
                    if (index.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                        columns.add(rs.getShort("ORDINAL_POSITION") - 1, rs.getString("COLUMN_NAME").toLowerCase());
                    }
                }
            }
        }
        return columns;
    }
}
