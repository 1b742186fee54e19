package ir.kanoonyar.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bot's actuator over real HTTP: health for anyone, with its status only; Prometheus for the
 * scraper's token; no list of endpoints and no info. Its inbox and outbox loops stay off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kanoonyar.metrics.token=" + MetricsAccessTest.TOKEN,
        "kanoonyar.inbox.enabled=false", "kanoonyar.outbox.enabled=false"})
class MetricsAccessTest {

    static final String TOKEN = "bot-scrape-token-for-tests-0123456789";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "bot-metrics");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anonymousVisitorsGetNoMetricsAndNoListOfEndpoints() throws Exception {
        for (String path : new String[] {"/actuator/prometheus", "/actuator", "/actuator/info", "/actuator/env",
                "/actuator/health/../prometheus", "/actuator/health;a=b/../prometheus"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isIn(400, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("jvm_memory");
        }
        assertThat(get("/actuator/prometheus", "Bearer not-the-token").statusCode()).isEqualTo(401);
    }

    @Test
    void theScraperWithItsTokenReadsTheMetrics() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus", "Bearer " + TOKEN);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(get("/actuator/info", "Bearer " + TOKEN).statusCode()).isNotEqualTo(200);
    }

    @Test
    void healthIsPublicAndTellsOnlyItsStatus() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
    }

    @Test
    void withoutATokenConfiguredTheEndpointIsOff() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setServletPath("/actuator/prometheus");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new MetricsAccess("").doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
