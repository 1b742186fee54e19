package ir.kanoonyar.backoffice.security;

import java.time.Clock;

import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every action a staff member takes (every POST, PUT or DELETE) goes into the audit log with its
 * outcome, whichever page it came from, so no new page can forget it.
 */
@Configuration(proxyBeanMethods = false)
class ActionAudit implements WebMvcConfigurer, HandlerInterceptor {

    private final AuditEntryRepository audit;
    private final Clock clock;

    ActionAudit(AuditEntryRepository audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return;
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !(who.getPrincipal() instanceof StaffPrincipal staff)) {
            return;
        }
        String outcome = ex != null ? "failed: " + ex.getClass().getSimpleName() : "status " + response.getStatus();
        audit.save(new AuditEntry(clock.instant(), staff.getUsername(), request.getMethod(), request.getRequestURI(),
                outcome, request.getRemoteAddr()));
    }
}
