package ir.kanoonyar.backoffice.staff;

import java.time.Clock;

import ir.kanoonyar.backoffice.security.PasswordPolicy;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production database starts with no staff at all (demo accounts exist only on the embedded H2
 * database). KANOONYAR_ADMIN_USERNAME and KANOONYAR_ADMIN_PASSWORD create the first national admin,
 * once, while no national admin exists; after that they are ignored.
 */
@Component
class FirstNationalAdmin implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = StaffAccount.MIN_PASSWORD_LENGTH;

    private static final Logger log = LoggerFactory.getLogger(FirstNationalAdmin.class);

    private final StaffAccountRepository accounts;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final String username;
    private final String password;

    FirstNationalAdmin(StaffAccountRepository accounts, PasswordPolicy policy, Clock clock,
                       @Value("${kanoonyar.admin.username:}") String username,
                       @Value("${kanoonyar.admin.password:}") String password) {
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank()) {
            return;
        }
        if (accounts.existsByRole(StaffRole.NATIONAL_ADMIN)) {
            log.info("A national admin exists; KANOONYAR_ADMIN_USERNAME is ignored");
            return;
        }
        // Staff read Persian, but this is for whoever deploys: said in the log, in English, at start.
        policy.check(username, password).ifPresent(problem -> {
            throw new IllegalStateException("KANOONYAR_ADMIN_PASSWORD is refused: " + switch (problem) {
                case TOO_SHORT -> "it must have at least " + MIN_PASSWORD_LENGTH + " characters";
                case TOO_LONG -> "it must be at most " + PasswordPolicy.MAX_BYTES + " bytes in UTF-8";
                case COMMON -> "it is on the list of common passwords";
                case SAME_AS_USERNAME -> "it is the user name";
            });
        });
        String hash = new BCryptPasswordEncoder(12).encode(password);
        accounts.save(StaffAccount.national(username, hash, "مدیر ستاد کشور", "bootstrap", clock.instant()));
        log.info("Created the first national admin account '{}'", username);
    }
}
