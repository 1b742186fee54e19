package ir.kanoonyar.db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import ir.kanoonyar.testsupport.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migrations from an empty schema on the real MariaDB/MySQL server; the context only starts when
 * Hibernate's schema validation agrees with every entity.
 */
class MigrationsOnMariaDbTest extends MariaDbTest {

    private static final Logger log = LoggerFactory.getLogger(MigrationsOnMariaDbTest.class);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void runsOnARealMySqlProtocolServer() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            log.info("Migrations ran on {} at {}", product, c.getMetaData().getURL());
            assertThat(c.getMetaData().getURL()).matches("jdbc:(mariadb|mysql):.*");
            assertThat(product).containsAnyOf("MariaDB", "MySQL");
        }
        Integer applied = jdbc.queryForObject(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1", Integer.class);
        log.info("MariaDB migration test: {} migrations applied successfully", applied);
        assertThat(applied).isGreaterThanOrEqualTo(8);
    }

    /** A token with one letter's case changed must not find a consent or a staff chat link (V21). */
    @Test
    void secretTokensCompareCaseSensitively() {
        assertThat(jdbc.queryForList("SELECT collation_name FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND LOWER(column_name) IN ('token', 'chat_link_token')"
                + " AND LOWER(table_name) IN ('consent', 'staff_account')", String.class))
                .containsExactly("utf8mb4_bin", "utf8mb4_bin");
        jdbc.update("INSERT INTO staff_account (username, password_hash, display_name, role, enabled, failed_logins,"
                + " created_at, chat_link_token) VALUES ('case-test', 'x', 'آزمون', 'NATIONAL_ADMIN', TRUE, 0,"
                + " CURRENT_TIMESTAMP(6), 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE')");
        try {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_account WHERE chat_link_token = ?",
                    Integer.class, "abCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE")).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_account WHERE chat_link_token = ?",
                    Integer.class, "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE")).isOne();
        } finally {
            jdbc.update("DELETE FROM staff_account WHERE username = 'case-test'");
        }
    }

    @Test
    void loadsEveryProvinceAndCounty() {
        new SchemaExpectations(jdbc).allProvincesAndCountiesLoaded();
    }

    @Test
    void keepsPersianText() {
        new SchemaExpectations(jdbc).persianTextRoundTrips();
    }

    @Test
    void createsQuartzTablesWithQuartzsOwnNames() throws Exception {
        SchemaExpectations schema = new SchemaExpectations(jdbc);
        schema.quartzTablesExist();
        // MySQL on Linux compares table names case-sensitively: Quartz asks for QRTZ_ upper case.
        assertThat(schema.tableNames()).contains("QRTZ_TRIGGERS");
    }

    @Test
    void indexesTheStaffInbox() throws Exception {
        new SchemaExpectations(jdbc).inboxIndexesExist();
    }

    @Test
    void seedsTheDefaultSettings() {
        new SchemaExpectations(jdbc).defaultSettingsSeeded();
    }

    @Test
    void neverLoadsDemoAccountsOutsideTheEmbeddedDatabase() {
        assertThat(new SchemaExpectations(jdbc).demoAccounts()).isZero();
    }

    @Test
    void skipLockedClaimsWork() {
        // The outbox and inbox claim rows with FOR UPDATE SKIP LOCKED; the server must accept it.
        assertThat(jdbc.queryForList("SELECT id FROM outbox_message WHERE status = 'PENDING' ORDER BY id "
                + "LIMIT 10 FOR UPDATE SKIP LOCKED")).isEmpty();
    }
}
