package ir.kanoonyar.backoffice.security;

import java.time.Clock;
import java.time.Duration;

import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins: after {@code maxFailures} in a row the account locks for a while, which
 * stops password guessing without locking a person out for good. Every attempt is audited.
 */
@Component
class LoginAttempts {

    private final StaffAccountRepository accounts;
    private final AuditEntryRepository audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    LoginAttempts(StaffAccountRepository accounts, AuditEntryRepository audit, Clock clock,
                  @Value("${kanoonyar.login.max-failures:5}") int maxFailures,
                  @Value("${kanoonyar.login.lock-for:15m}") Duration lockFor) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        accounts.findByUsername(username).ifPresent(account -> account.loginFailed(maxFailures, lockFor, clock.instant()));
        audit.save(new AuditEntry(clock.instant(), username, "LOGIN_FAILED", null,
                event.getException().getClass().getSimpleName(), remote(event.getAuthentication().getDetails())));
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.findByUsername(username).ifPresent(account -> account.loginSucceeded());
        audit.save(new AuditEntry(clock.instant(), username, "LOGIN", null, null,
                remote(event.getAuthentication().getDetails())));
    }

    private static String remote(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
