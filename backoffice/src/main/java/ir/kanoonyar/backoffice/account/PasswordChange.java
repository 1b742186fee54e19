package ir.kanoonyar.backoffice.account;

import java.time.Clock;
import java.util.Objects;

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
        TOO_SHORT("account.error.short"),
        MISMATCH("account.error.mismatch"),
        UNCHANGED("account.error.unchanged");

        final String key;

        Problem(String key) {
            this.key = key;
        }
    }

    static final class Refused extends RuntimeException {
        final Problem problem;

        Refused(Problem problem) {
            super(problem.name(), null, false, false);
            this.problem = problem;
        }
    }

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditEntryRepository audit;
    private final Clock clock;

    PasswordChange(StaffAccountRepository accounts, PasswordEncoder passwords,
                   FindByIndexNameSessionRepository<? extends Session> sessions, AuditEntryRepository audit,
                   Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Changes the password and ends the account's sessions other than {@code keepSessionId}. */
    @Transactional
    void change(StaffScope scope, String current, String fresh, String repeated, String keepSessionId,
                String remoteAddr) {
        StaffAccount account = accounts.findByUsername(scope.username()).orElseThrow();
        if (current == null || !passwords.matches(current, account.getPasswordHash())) {
            throw new Refused(Problem.WRONG_CURRENT);
        }
        if (fresh == null || fresh.length() < MIN_LENGTH) {
            throw new Refused(Problem.TOO_SHORT);
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
