package ir.kanoonyar.backoffice.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import ir.kanoonyar.backoffice.PublicEdge;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Prometheus answers its scraper only; health answers anyone, with nothing but its status. */
class MetricsAccessTest extends PublicEdge {

    @Test
    void anonymousVisitorsGetNoMetricsAndNoListOfEndpoints() throws IOException {
        for (String path : new String[] {"/actuator/prometheus", "/actuator", "/actuator/info", "/actuator/env",
                "/actuator/health/../prometheus", "/actuator/health/%2e%2e/prometheus", "/actuator/health;a=b/../prometheus"}) {
            for (String source : new String[] {STRANGER, PROXY}) {
                Response response = get(source, path);
                assertThat(response.status()).as(path + " from " + source).isIn(400, 401, 403, 404);
                assertThat(response.body()).as(path).doesNotContain("jvm_memory");
            }
        }
        assertThat(get(STRANGER, "/actuator/prometheus", "Authorization: Bearer not-the-token").status())
                .isEqualTo(401);
    }

    @Test
    void theScraperWithItsTokenReadsTheMetrics() throws IOException {
        Response metrics = get(STRANGER, "/actuator/prometheus", "Authorization: Bearer " + METRICS_TOKEN);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        // Nothing else opens with the token: there is nothing else exposed.
        assertThat(get(STRANGER, "/actuator/info", "Authorization: Bearer " + METRICS_TOKEN).status())
                .isNotEqualTo(200);
    }

    @Test
    void healthIsPublicAndTellsOnlyItsStatus() throws IOException {
        Response health = get(STRANGER, "/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
        assertThat(get(STRANGER, "/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void withoutATokenConfiguredTheEndpointIsOff() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setServletPath("/actuator/prometheus");
        request.addHeader("Authorization", "Bearer ");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new MetricsAccess("").doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(404);
    }
}
