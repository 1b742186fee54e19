package ir.kanoonyar.backoffice.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import ir.kanoonyar.backoffice.security.LoginAttempts;
import ir.kanoonyar.backoffice.security.PasswordPolicy;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member changes their own password: the current one is asked again (a session left open on
 * a shared office computer must not be enough), the new one is at least as long as for a new account,
 * and every other session of the account ends, so a stolen session dies with the old password.
 */
@Service
class PasswordChange {

    static final int MIN_LENGTH = StaffAccount.MIN_PASSWORD_LENGTH;
    static final String CHANGED = "PASSWORD_CHANGED";

    /** Why a change was refused, with the key of its Persian message. */
    enum Problem {
        WRONG_CURRENT("account.error.current"),
        /** The current password was wrong once too often: the account is locked and signed out. */
        LOCKED("account.error.current"),
        TOO_SHORT("account.error.short"),
        TOO_LONG(PasswordPolicy.Problem.TOO_LONG.key),
        COMMON(PasswordPolicy.Problem.COMMON.key),
        SAME_AS_USERNAME(PasswordPolicy.Problem.SAME_AS_USERNAME.key),
        MISMATCH("account.error.mismatch"),
        UNCHANGED("account.error.unchanged");

        final String key;

        Problem(String key) {
            this.key = key;
        }
    }

    static final class Refused extends RuntimeException {
        final Problem problem;
        /** Until when the account is locked, for {@link Problem#LOCKED}. */
        final Instant lockedUntil;

        Refused(Problem problem) {
            this(problem, null);
        }

        Refused(Problem problem, Instant lockedUntil) {
            super(problem.name(), null, false, false);
            this.problem = problem;
            this.lockedUntil = lockedUntil;
        }
    }

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditEntryRepository audit;
    private final PasswordPolicy policy;
    private final LoginAttempts attempts;
    private final Clock clock;

    PasswordChange(StaffAccountRepository accounts, PasswordEncoder passwords,
                   FindByIndexNameSessionRepository<? extends Session> sessions, AuditEntryRepository audit,
                   PasswordPolicy policy, LoginAttempts attempts, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.attempts = attempts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Changes the password and ends the account's sessions other than {@code keepSessionId}. A wrong
     * current password counts as a failed login (a session left open must not let anyone guess it):
     * the one that locks the account also ends all its sessions. A refusal keeps that count (it is
     * the only thing a refusal writes), hence no rollback for it.
     */
    @Transactional(noRollbackFor = Refused.class)
    void change(StaffScope scope, String current, String fresh, String repeated, String keepSessionId,
                String remoteAddr) {
        StaffAccount account = accounts.findByUsername(scope.username()).orElseThrow();
        if (current == null || !passwords.matches(current, account.getPasswordHash())) {
            Optional<Instant> locked = attempts.passwordCheckFailed(account, remoteAddr);
            if (locked.isPresent()) {
                sessions.findByPrincipalName(account.getUsername()).keySet().forEach(sessions::deleteById);
                throw new Refused(Problem.LOCKED, locked.get());
            }
            throw new Refused(Problem.WRONG_CURRENT);
        }
        Optional<PasswordPolicy.Problem> weak = policy.check(account.getUsername(), fresh);
        if (weak.isPresent()) {
            throw new Refused(switch (weak.get()) {
                case TOO_SHORT -> Problem.TOO_SHORT;
                case TOO_LONG -> Problem.TOO_LONG;
                case COMMON -> Problem.COMMON;
                case SAME_AS_USERNAME -> Problem.SAME_AS_USERNAME;
            });
        }
        if (!fresh.equals(repeated)) {
            throw new Refused(Problem.MISMATCH);
        }
        if (fresh.equals(current)) {
            throw new Refused(Problem.UNCHANGED);
        }
        account.changePassword(passwords.encode(fresh));
        sessions.findByPrincipalName(account.getUsername()).keySet().stream()
                .filter(id -> !Objects.equals(id, keepSessionId))
                .forEach(sessions::deleteById);
        audit.save(new AuditEntry(clock.instant(), account.getUsername(), CHANGED, account.getUsername(), null,
                remoteAddr));
    }
}
