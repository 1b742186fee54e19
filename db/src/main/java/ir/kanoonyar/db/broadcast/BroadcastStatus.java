package ir.kanoonyar.db.broadcast;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a broadcast is, and every move allowed from there; any other move is refused. */
public enum BroadcastStatus {
    /** Composed, not yet sent nor scheduled. */
    DRAFT,
    /** Waits for its time; a Quartz trigger enqueues it then. */
    SCHEDULED,
    /** Its recipients are in the outbox and going out. */
    SENDING,
    /** Its rows still waiting are held back; resume puts them back in the queue. */
    PAUSED,
    CANCELLED,
    /** Nothing of it is left to send. */
    DONE;

    private static final Map<BroadcastStatus, Set<BroadcastStatus>> MOVES = new EnumMap<>(BroadcastStatus.class);

    static {
        allow(DRAFT, SCHEDULED, SENDING, CANCELLED);
        allow(SCHEDULED, SENDING, CANCELLED);
        allow(SENDING, PAUSED, CANCELLED, DONE);
        allow(PAUSED, SENDING, CANCELLED);
        allow(CANCELLED);
        allow(DONE);
    }

    private static void allow(BroadcastStatus from, BroadcastStatus... to) {
        MOVES.put(from, to.length == 0 ? EnumSet.noneOf(BroadcastStatus.class) : EnumSet.of(to[0], to));
    }

    public Set<BroadcastStatus> allowedMoves() {
        return Collections.unmodifiableSet(MOVES.get(this));
    }

    public boolean canMoveTo(BroadcastStatus target) {
        return MOVES.get(this).contains(target);
    }

    /** @throws IllegalStateException when the move is not allowed */
    public void checkMoveTo(BroadcastStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalStateException("a broadcast cannot move from " + this + " to " + target);
        }
    }

    public boolean isFinal() {
        return MOVES.get(this).isEmpty();
    }
}
