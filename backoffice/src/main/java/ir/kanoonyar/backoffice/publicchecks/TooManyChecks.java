package ir.kanoonyar.backoffice.publicchecks;

import java.time.Duration;

/** A source address has used up its public checks for now; {@code retryAfter} says for how long. */
class TooManyChecks extends RuntimeException {

    private final transient Duration retryAfter;

    TooManyChecks(Duration retryAfter) {
        super("Too many public checks; next one in " + retryAfter, null, false, false);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
