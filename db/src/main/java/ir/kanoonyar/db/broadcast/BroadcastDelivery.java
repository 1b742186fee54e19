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
 * trigger) never move it at once, and checks the move against {@link BroadcastStatus}. The bot's
 * senders lock the same row, without waiting, when they claim its rows: a row moved under the lock is
 * never claimed halfway.
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

    /**
     * Pauses: the status only, committed with the caller's transaction. Senders stop taking its rows
     * within a moment (they read the status when they claim, hold each waiting row they meet, and
     * withdraw the rows they hold in memory); its waiting rows move to HELD afterwards, in the
     * background ({@link BroadcastRowMoves}), and the progress page says so until they have.
     *
     * @throws IllegalStateException when the broadcast is not sending
     */
    @Transactional
    public Broadcast pause(long id) {
        Broadcast broadcast = lock(id);
        broadcast.pause();
        return broadcast;
    }

    /**
     * Resumes: the status only, as {@link #pause}; its held rows become PENDING again in the
     * background, a window at a time, and go out as they do.
     *
     * @throws IllegalStateException when the broadcast is not paused
     */
    @Transactional
    public Broadcast resume(long id) {
        Broadcast broadcast = lock(id);
        if (broadcast.getStatus() != BroadcastStatus.PAUSED) {
            throw new IllegalStateException("broadcast " + id + " is " + broadcast.getStatus() + ", not paused");
        }
        broadcast.resume();
        return broadcast;
    }

    /**
     * Cancels: the status only, as {@link #pause}, so senders stop within a moment; every waiting or
     * held row becomes CANCELLED in the background.
     *
     * @throws IllegalStateException when the broadcast is already done or cancelled
     */
    @Transactional
    public Broadcast cancel(long id) {
        Broadcast broadcast = lock(id);
        broadcast.cancel(now());
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
