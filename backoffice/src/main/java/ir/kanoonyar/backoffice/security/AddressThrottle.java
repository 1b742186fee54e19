package ir.kanoonyar.backoffice.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login post from an address that failed too often lately, before any password is
 * checked, so guessing across many user names from one place is slowed as guessing one is by the
 * account lock. Part of the security filter chain only (not a bean, so not a filter of every request).
 */
final class AddressThrottle extends OncePerRequestFilter {

    private final LoginAttempts attempts;

    AddressThrottle(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String remote = request.getRemoteAddr();
        if (attempts.addressThrottled(remote)) {
            attempts.throttled(request.getParameter("username"), remote);
            response.sendRedirect(request.getContextPath() + LoginPage.throttled());
            return;
        }
        chain.doFilter(request, response);
    }
}
