package ir.kanoonyar.backoffice.security;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** The right password for a locked account: the person is told until when it stays locked. */
class AccountLocked extends LockedException {

    final Instant until;

    AccountLocked(Instant until) {
        super("Account locked");
        this.until = until;
    }
}
