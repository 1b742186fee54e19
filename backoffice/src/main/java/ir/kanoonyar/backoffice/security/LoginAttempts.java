package ir.kanoonyar.backoffice.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins: after {@code maxFailures} in a row the account locks for a while, which
 * stops password guessing without locking a person out for good; attempts during the lock neither
 * count nor extend it. Failures are also counted per source address (from the audit log, so every
 * back-office instance sees them): one address failing {@code addressMaxFailures} times within
 * {@code addressWindow}, whatever the user names, is refused until its failures age out. A wrong
 * current password on the password page counts as a failed login. Every attempt is audited.
 */
@Component
public class LoginAttempts {

    /** A wrong user name or password (counted per account and per address). */
    static final String FAILED = "LOGIN_FAILED";
    /** The right password for an account that is locked (counts for nothing). */
    static final String WHILE_LOCKED = "LOGIN_LOCKED";
    /** A login refused unread because its address failed too often (counts for nothing). */
    static final String THROTTLED = "LOGIN_THROTTLED";

    private final StaffAccountRepository accounts;
    private final AuditEntryRepository audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;
    private final int addressMaxFailures;
    private final Duration addressWindow;

    LoginAttempts(StaffAccountRepository accounts, AuditEntryRepository audit, Clock clock,
                  @Value("${kanoonyar.login.max-failures:5}") int maxFailures,
                  @Value("${kanoonyar.login.lock-for:15m}") Duration lockFor,
                  @Value("${kanoonyar.login.address-max-failures:20}") int addressMaxFailures,
                  @Value("${kanoonyar.login.address-window:15m}") Duration addressWindow) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.addressMaxFailures = addressMaxFailures;
        this.addressWindow = addressWindow;
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String remote = remote(event.getAuthentication().getDetails());
        if (event.getException() instanceof LockedException) {
            audit.save(new AuditEntry(clock.instant(), username, WHILE_LOCKED, null, null, remote));
            return;
        }
        accounts.findByUsername(username).ifPresent(account -> account.loginFailed(maxFailures, lockFor, clock.instant()));
        audit.save(new AuditEntry(clock.instant(), username, FAILED, null,
                event.getException().getClass().getSimpleName(), remote));
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.findByUsername(username).ifPresent(account -> account.loginSucceeded());
        audit.save(new AuditEntry(clock.instant(), username, "LOGIN", null, null,
                remote(event.getAuthentication().getDetails())));
    }

    /**
     * A wrong current password on the password page, counted like a failed login.
     *
     * @return until when the account is locked, if it is now
     */
    @Transactional
    public Optional<Instant> passwordCheckFailed(StaffAccount account, String remoteAddr) {
        Instant now = clock.instant();
        account.loginFailed(maxFailures, lockFor, now);
        audit.save(new AuditEntry(now, account.getUsername(), FAILED, "/account/password", "wrong current password",
                remoteAddr));
        return account.isLockedAt(now) ? Optional.of(account.getLockedUntil()) : Optional.empty();
    }

    /** Whether logins from this address are refused for now, after too many failures. */
    @Transactional(readOnly = true)
    public boolean addressThrottled(String remoteAddr) {
        if (remoteAddr == null || addressMaxFailures <= 0) {
            return false;
        }
        long recent = audit.countByRemoteAddrAndActionAndOccurredAtAfter(remoteAddr, FAILED,
                clock.instant().minus(addressWindow));
        return recent >= addressMaxFailures;
    }

    @Transactional
    public void throttled(String username, String remoteAddr) {
        audit.save(new AuditEntry(clock.instant(), username == null ? "" : username, THROTTLED, null, null,
                remoteAddr));
    }

    /** How long an address may wait at most, in whole minutes, as the login page tells it. */
    long addressWindowMinutes() {
        return Math.max(1, addressWindow.toMinutes());
    }

    private static String remote(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
