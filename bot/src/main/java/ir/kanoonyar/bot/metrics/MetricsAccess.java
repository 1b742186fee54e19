package ir.kanoonyar.bot.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the actuator to its scraper: {@code /actuator/health} is public (it tells the anonymous UP or
 * DOWN, nothing more), every other actuator path needs {@code Authorization: Bearer} with the token of
 * {@code KANOONYAR_METRICS_TOKEN}, and without a token configured those paths do not exist (404).
 * Metrics name the database pool, request paths and counts: nothing the public should read.
 *
 * <p>A plain filter, so the scraper needs no account and no session, and
 * the back-office (behind Spring Security) guards its actuator the same way. It runs before any
 * other filter and decides on the path Tomcat normalised, and lets only a clean health path through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class MetricsAccess extends OncePerRequestFilter {

    private static final String ACTUATOR = "/actuator";
    private static final String HEALTH = "/actuator/health";

    private final byte[] token;

    MetricsAccess(@Value("${kanoonyar.metrics.token:}") String token) {
        this.token = token.isBlank() ? null : ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        boolean actuator = under(path, ACTUATOR) || under(raw, ACTUATOR);
        // The health path as Tomcat normalised it, and sent as such: no "..", ";" or escapes around it.
        boolean health = under(path, HEALTH) && raw.equals(path);
        return !actuator || health;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (token == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String given = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kanoonyar-metrics\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
