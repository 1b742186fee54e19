package ir.kanoonyar.db.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    /** Transactions of their own, committed before the method returns, even inside a caller's. */
    private final TransactionTemplate own;

    public BroadcastDelivery(BroadcastRepository broadcasts, BroadcastAudience audience, BroadcastOutbox outbox,
                             BroadcastMediaStore media, Clock clock, PlatformTransactionManager transactions) {
        this.broadcasts = broadcasts;
        this.audience = audience;
        this.outbox = outbox;
        this.media = media;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // Read committed: the long move locks only the rows it changes, no gaps, so the senders can
        // still write what became of the rows they hold meanwhile.
        this.own.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
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
     * Pauses in two steps, each its own transaction. The status first, committed at once: senders
     * stop taking its rows within a moment (they read it when they claim, and withdraw the rows they
     * hold). Then its waiting rows move to HELD, which for 100,000 rows takes seconds, and only if it
     * is still paused by then (a resume may have come first). Should the second step never run, the
     * senders hold each waiting row as they meet it.
     *
     * @throws IllegalStateException when the broadcast is not sending
     */
    public Broadcast pause(long id) {
        Broadcast paused = own.execute(s -> {
            Broadcast broadcast = lock(id);
            broadcast.pause();
            return broadcast;
        });
        own.executeWithoutResult(s -> {
            if (lock(id).getStatus() == BroadcastStatus.PAUSED) {
                outbox.hold(id);
            }
        });
        return paused;
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

    /**
     * Cancels in two steps, as {@link #pause}: the status first, committed at once, so senders stop
     * within a moment; then every waiting or held row becomes CANCELLED ({@link #cancelWaiting}).
     *
     * @throws IllegalStateException when the broadcast is already done or cancelled
     */
    public Broadcast cancel(long id) {
        Broadcast cancelled = own.execute(s -> {
            Broadcast broadcast = lock(id);
            broadcast.cancel(now());
            return broadcast;
        });
        cancelWaiting(id);
        return cancelled;
    }

    /**
     * The rows of a cancelled broadcast still waiting or held become CANCELLED: the second step of a
     * cancel, run again by the nightly clean-up in case a cancel stopped between its steps.
     */
    public void cancelWaiting(long id) {
        own.executeWithoutResult(s -> {
            if (lock(id).getStatus() == BroadcastStatus.CANCELLED) {
                outbox.cancel(id);
            }
        });
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
