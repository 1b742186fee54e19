package ir.kanoonyar.bot.instance;

import java.time.Instant;

/** Work done at each check-in of this instance: what a live instance does for the others. */
public interface CheckInListener {

    /** This instance's check-in at {@code now} was written. */
    void checkedIn(Instant now);

    /** This instance could not write its check-in (the database is unreachable). */
    default void checkInFailed(Instant now) {
    }

    /** This instance is stopping gracefully: give up what it holds for others. */
    default void stopping() {
    }
}
