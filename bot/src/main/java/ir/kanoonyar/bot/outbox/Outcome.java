package ir.kanoonyar.bot.outbox;

import java.time.Instant;

/** What became of a claimed row, to be written to the outbox (in batches, by {@link OutboxClaims#settle}). */
sealed interface Outcome {

    Claim claim();

    /** The messenger was asked; {@code at} is when it answered. */
    record Tried(Claim claim, SendResult result, Instant at) implements Outcome {
    }

    /** The row goes back unsent, its attempt not counted: not before {@code notBefore} (null: as it was). */
    record Unsent(Claim claim, Instant notBefore, String reason) implements Outcome {
    }
}
