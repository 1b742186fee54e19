package ir.kanoonyar.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An app in its production shape, on the real MariaDB/MySQL server from a clean schema. Each app's
 * test extends this with {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
@Import(CleanSchemaFirst.class)
public abstract class ProductionShapeContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Test
    void answersHealthUp() throws Exception {
        AppHealth.assertUp(port);
    }

    @Test
    void hasNoDemoAccounts() {
        // Other test classes on the same database make (and remove) their own accounts: the demo ones are the point.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_account WHERE username LIKE 'demo-%'",
                Integer.class)).isZero();
    }

    @Test
    void registersTheTimelineKeyFromItsEnvironmentAtStart() {
        assertThat(jdbc.queryForList("SELECT key_id FROM timeline_key", String.class))
                .contains(TestDatabase.TIMELINE_KEY_ID);
    }
}
