package ir.kanoonyar.backoffice.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import ir.kanoonyar.backoffice.security.PasswordPolicy;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.hash.Sha256;
import ir.kanoonyar.db.staff.PasswordLink;
import ir.kanoonyar.db.staff.PasswordLinkRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to set a staff password, instead of an admin typing one for someone: the admin
 * makes a link for an account they manage and passes it on; whoever opens it sets a password under
 * the PasswordPolicy, once, before it expires. The database keeps only the SHA-256 of the link's
 * secret, so reading it does not open an account.
 */
@Service
class PasswordLinks {

    static final String SENT = "PASSWORD_LINK_SENT";
    static final String USED = "PASSWORD_SET_BY_LINK";
    private static final int SECRET_BYTES = 32;

    /** Why a link cannot be used, with the key of its Persian message. */
    enum Refusal {
        UNKNOWN("passwordLink.refused.unknown"),
        USED("passwordLink.refused.used"),
        EXPIRED("passwordLink.refused.expired"),
        DISABLED("passwordLink.refused.disabled");

        final String key;

        Refusal(String key) {
            this.key = key;
        }
    }

    /** A link just made: its address, shown once, and until when it works. */
    record Issued(String url, Instant expiresAt) {
    }

    /** What opening a link finds: the account's user name, or why it cannot be used. */
    record Opened(String username, Refusal refusal) {
    }

    private final PasswordLinkRepository links;
    private final StaffAccountRepository accounts;
    private final AuditEntryRepository audit;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final StaffAdmin admin;
    private final Clock clock;
    private final Duration validFor;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();

    PasswordLinks(PasswordLinkRepository links, StaffAccountRepository accounts, AuditEntryRepository audit,
                  PasswordEncoder passwords, PasswordPolicy policy,
                  FindByIndexNameSessionRepository<? extends Session> sessions, StaffAdmin admin, Clock clock,
                  @Value("${kanoonyar.staff.password-link-valid-for:48h}") Duration validFor,
                  @Value("${kanoonyar.public-url:http://localhost:8080}") String publicUrl) {
        this.links = links;
        this.accounts = accounts;
        this.audit = audit;
        this.passwords = passwords;
        this.policy = policy;
        this.sessions = sessions;
        this.admin = admin;
        this.clock = clock;
        this.validFor = validFor;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A fresh link for an account the staff member manages, replacing its earlier unused ones. */
    @Transactional
    Issued issue(StaffScope scope, long accountId, String remoteAddr) {
        StaffAccount account = admin.manageable(scope, accountId);
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        links.deleteUnusedOf(account.getId());
        PasswordLink link = links.save(new PasswordLink(account.getId(), hash(token), now.plus(validFor),
                scope.username(), now));
        audit.save(new AuditEntry(now, scope.username(), SENT, account.getUsername(), null, remoteAddr));
        return new Issued(publicUrl + "/password-link/" + token, link.getExpiresAt());
    }

    @Transactional(readOnly = true)
    Opened open(String token) {
        return find(token).map(this::opened).orElse(new Opened(null, Refusal.UNKNOWN));
    }

    /**
     * Sets the password through the link and uses it up.
     *
     * @return the refusal of the link, or of the password under the policy (as a message key), if any
     */
    @Transactional
    Optional<String> setPassword(String token, String password, String remoteAddr) {
        Optional<PasswordLink> found = find(token);
        if (found.isEmpty()) {
            return Optional.of(Refusal.UNKNOWN.key);
        }
        PasswordLink link = found.get();
        Opened opened = opened(link);
        if (opened.refusal() != null) {
            return Optional.of(opened.refusal().key);
        }
        StaffAccount account = accounts.findById(link.getAccountId()).orElseThrow();
        Optional<PasswordPolicy.Problem> problem = policy.check(account.getUsername(), password);
        if (problem.isPresent()) {
            return Optional.of(problem.get().key);
        }
        Instant now = clock.instant();
        account.changePassword(passwords.encode(password));
        account.loginSucceeded();
        link.use(now);
        // Whoever was signed in with the old password is signed out, on every instance.
        sessions.findByPrincipalName(account.getUsername()).keySet().forEach(sessions::deleteById);
        audit.save(new AuditEntry(now, account.getUsername(), USED, account.getUsername(), null, remoteAddr));
        return Optional.empty();
    }

    private Opened opened(PasswordLink link) {
        StaffAccount account = accounts.findById(link.getAccountId()).orElse(null);
        if (account == null) {
            return new Opened(null, Refusal.UNKNOWN);
        }
        if (link.isUsed()) {
            return new Opened(account.getUsername(), Refusal.USED);
        }
        if (link.isExpiredAt(clock.instant())) {
            return new Opened(account.getUsername(), Refusal.EXPIRED);
        }
        if (!account.isEnabled()) {
            return new Opened(account.getUsername(), Refusal.DISABLED);
        }
        return new Opened(account.getUsername(), null);
    }

    private Optional<PasswordLink> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return links.findByTokenHash(hash(token));
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
