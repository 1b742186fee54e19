package ir.kanoonyar.db.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A broadcast's life after it is composed: enqueueing its recipients, pause, resume, cancel and its
 * progress. Each move locks the broadcast's row, so two staff (or a staff member and the scheduled
 * trigger) never move it at once, and checks the move against {@link BroadcastStatus}.
 */
@Service
public class BroadcastDelivery {

    private final BroadcastRepository broadcasts;
    private final BroadcastAudience audience;
    private final BroadcastOutbox outbox;
    private final BroadcastMediaStore media;
    private final Clock clock;

    public BroadcastDelivery(BroadcastRepository broadcasts, BroadcastAudience audience, BroadcastOutbox outbox,
                             BroadcastMediaStore media, Clock clock) {
        this.broadcasts = broadcasts;
        this.audience = audience;
        this.outbox = outbox;
        this.media = media;
        this.clock = clock;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Broadcast lock(long id) {
        return broadcasts.lockById(id).orElseThrow(() -> new NoSuchElementException("no broadcast " + id));
    }

    /**
     * Writes the broadcast's recipients to the outbox and marks it SENDING, if it is a draft or
     * scheduled; a broadcast already enqueued, or cancelled meanwhile, is left as it is (a scheduled
     * trigger that fires twice sends once).
     *
     * @return whether it was enqueued now
     */
    @Transactional
    public boolean enqueue(long id) {
        Broadcast broadcast = lock(id);
        if (!broadcast.getStatus().canMoveTo(BroadcastStatus.SENDING)
                || broadcast.getStatus() == BroadcastStatus.PAUSED) {
            return false;
        }
        BroadcastMedia file = broadcast.getMediaId() == null ? null
                : media.find(broadcast.getMediaId()).orElseThrow();
        Instant now = now();
        int rows = audience.enqueue(id, broadcast.segment(), BroadcastBody.of(broadcast.getText(), file), now);
        broadcast.enqueued(rows, now);
        return true;
    }

    /** @throws IllegalStateException when the broadcast is not sending */
    @Transactional
    public Broadcast pause(long id) {
        Broadcast broadcast = lock(id);
        broadcast.pause();
        outbox.hold(id);
        return broadcast;
    }

    /** @throws IllegalStateException when the broadcast is not paused */
    @Transactional
    public Broadcast resume(long id) {
        Broadcast broadcast = lock(id);
        if (broadcast.getStatus() != BroadcastStatus.PAUSED) {
            throw new IllegalStateException("broadcast " + id + " is " + broadcast.getStatus() + ", not paused");
        }
        broadcast.resume();
        outbox.release(id);
        return broadcast;
    }

    /** @throws IllegalStateException when the broadcast is already done or cancelled */
    @Transactional
    public Broadcast cancel(long id) {
        Broadcast broadcast = lock(id);
        broadcast.cancel(now());
        outbox.cancel(id);
        return broadcast;
    }

    /**
     * Where the broadcast's rows are; a SENDING broadcast with nothing left becomes DONE. An archived
     * one answers with the figures kept when its rows were deleted.
     */
    @Transactional
    public BroadcastProgress progress(long id) {
        Broadcast broadcast = broadcasts.findById(id).orElseThrow(() -> new NoSuchElementException("no broadcast " + id));
        if (broadcast.getArchivedAt() != null) {
            return broadcast.archivedProgress();
        }
        Instant now = now();
        BroadcastProgress progress = outbox.progress(id, broadcast.getEnqueuedAt(), now);
        if (broadcast.getStatus() == BroadcastStatus.SENDING && progress.left() == 0) {
            Broadcast locked = lock(id);
            if (locked.getStatus() == BroadcastStatus.SENDING) {
                locked.done(now);
            }
        }
        return progress;
    }
}
