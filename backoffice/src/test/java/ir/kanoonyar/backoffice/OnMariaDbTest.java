package ir.kanoonyar.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import ir.kanoonyar.testsupport.ProductionShapeContract;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerMetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The back-office in its production shape: MySQL-protocol database, Quartz on the JDBC job store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnMariaDbTest extends ProductionShapeContract {

    @Autowired
    Scheduler scheduler;

    @LocalServerPort
    int serverPort;

    @Test
    void quartzRunsClusteredOnTheMigratedTables() throws Exception {
        SchedulerMetaData meta = scheduler.getMetaData();
        assertThat(meta.isJobStoreSupportsPersistence()).isTrue();
        assertThat(meta.isJobStoreClustered()).isTrue();
        // The clustered scheduler checks in to the table the migration made, under Quartz's own name.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE", Integer.class)).isPositive();
    }

    /**
     * With KANOONYAR_TRUSTED_PROXIES unset nobody is trusted, not even loopback or a private network
     * (which Boot's own default would trust): a client saying https over plain http is not believed.
     */
    @Test
    void forwardedHeadersFromAnUnnamedProxyAreIgnored() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + serverPort + "/inbox"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Port", "443").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).contains("/login");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
