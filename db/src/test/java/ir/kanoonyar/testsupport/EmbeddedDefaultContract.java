package ir.kanoonyar.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An app as the README's run command starts it: no token, no MySQL, an H2 file database with the
 * demo data. Only the data folder is moved to a temporary directory. Each app's test extends this
 * with {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
public abstract class EmbeddedDefaultContract {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("KANOONYAR_DATA_DIR", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void answersHealthUp() throws Exception {
        AppHealth.assertUp(port);
    }

    @Test
    void runsOnAnH2FileWithTheDemoData() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL())
                    .as("the embedded default; is SPRING_DATASOURCE_URL set? run scripts/test.sh")
                    .startsWith("jdbc:h2:file:");
        }
        assertThat(dataDir.resolve("kanoonyar.mv.db")).exists();
        assertThat(jdbc.queryForList("SELECT username FROM staff_account ORDER BY username", String.class))
                .containsExactly("demo-county", "demo-expert", "demo-national", "demo-province");
        // The Arak kanoon with its manager, and three more in Markazi whose reports (or their absence) the
        // dashboard and the dormant list show.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kanoon", Integer.class)).isEqualTo(4);
    }

    @Test
    void signsTheTimelineWithAKeyItGeneratedInItsDataFolder() throws Exception {
        java.util.Properties stored = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(dataDir.resolve("timeline-key.properties"))) {
            stored.load(in);
        }
        assertThat(stored.getProperty("key-id")).startsWith("ed25519-");
        assertThat(jdbc.queryForList("SELECT key_id FROM timeline_key", String.class))
                .contains(stored.getProperty("key-id"));
    }
}
