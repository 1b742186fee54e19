package ir.kanoonyar.backoffice.security;

import java.time.Clock;
import java.time.Instant;

import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads staff accounts for the login; a locked account is refused whatever the password. */
@Service
class StaffAccounts implements UserDetailsService {

    private final StaffAccountRepository accounts;
    private final Clock clock;

    StaffAccounts(StaffAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
        return new StaffPrincipal(StaffScope.of(account), account.getPasswordHash(), account.isEnabled(),
                account.isLockedAt(clock.instant()));
    }

    /**
     * Checked after the password (DaoAuthenticationProvider's post-authentication check): only whoever
     * knows the password learns that the account is locked, and until when.
     */
    void refuseIfLocked(UserDetails user) {
        if (!user.isAccountNonLocked()) {
            Instant until = accounts.findByUsername(user.getUsername()).map(StaffAccount::getLockedUntil)
                    .orElseGet(clock::instant);
            throw new AccountLocked(until);
        }
    }
}
