package ir.kanoonyar.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerMetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The back-office in its production shape: MySQL-protocol database, Quartz on the JDBC job store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CleanSchemaFirst.class)
class OnMariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void answersHealthUp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void quartzRunsClusteredOnTheMigratedTables() throws Exception {
        SchedulerMetaData meta = scheduler.getMetaData();
        assertThat(meta.isJobStoreSupportsPersistence()).isTrue();
        assertThat(meta.isJobStoreClustered()).isTrue();
        // The clustered scheduler checks in to the table the migration made.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE", Integer.class)).isPositive();
    }

    @Test
    void hasNoDemoAccounts() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_account", Integer.class)).isZero();
    }
}
