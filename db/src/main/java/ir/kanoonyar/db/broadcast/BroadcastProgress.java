package ir.kanoonyar.db.broadcast;

import java.time.Instant;

/**
 * How far a broadcast's outbox rows have gone.
 *
 * @param left            not yet sent: waiting, being sent or held by a pause
 * @param perSecond       the recent send rate (the last minute), 0 when nothing went out lately
 * @param estimatedFinish when the rows left will be out at that rate; null when it cannot be told
 */
public record BroadcastProgress(long sent, long failed, long blocked, long cancelled, long left, double perSecond,
                                Instant estimatedFinish) {

    public long total() {
        return sent + failed + blocked + cancelled + left;
    }

    /** Done, in whole percent of all rows (every outcome counts as done). */
    public int percent() {
        long total = total();
        return total == 0 ? 100 : (int) ((total - left) * 100 / total);
    }
}
