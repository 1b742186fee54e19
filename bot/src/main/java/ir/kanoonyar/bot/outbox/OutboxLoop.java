package ir.kanoonyar.bot.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the outbox sender from the app's start to its stop, when {@code kanoonyar.outbox.enabled}
 * (the default), as a pipeline of two threads around the sender's workers:
 * <ul>
 * <li>the <em>bookkeeper</em> does all the database work: it writes outcomes in batches, returns
 * expired claims now and then, and keeps a small stock of held rows ready (about half a second of
 * sending, at least a batch). It looks for DIRECT rows on every turn, even when the stock
 * is full, so a reply overtakes a broadcast within one turn; BULK rows are claimed only to refill the
 * stock. It never holds more rows than it can send within the lease at its rate. Busy, it turns
 * every {@value #BUSY_TURN_MILLIS} ms; idle, after the poll interval or at once when {@link #wake() woken};</li>
 * <li>the <em>dispatcher</em> takes held rows in {@link Claim#SENDING_ORDER}, paces them and hands
 * them to the sender's workers, whose outcomes go back to the bookkeeper.</li>
 * </ul>
 * The database is never on the path of a send, so the rate limit, not the round trips, sets the pace.
 *
 * <p>Stopping ({@link #stop()}, as the app closes) lets the sends in flight finish and records them,
 * gives every held row not yet sent back to PENDING, and never interrupts a send half way.
 */
public class OutboxLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxLoop.class);

    private static final long STOP_WAIT_SECONDS = 30;
    static final long BUSY_TURN_MILLIS = 50;
    /** Outcomes written in one transaction at most. */
    private static final int SETTLE_BATCH = 2_000;

    private final OutboxSender sender;
    private final OutboxSettings settings;
    private final Object signal = new Object();
    /** Set by a wake-up, so that the bookkeeper's next wait is skipped. */
    private boolean woken;
    private volatile Run run;

    OutboxLoop(OutboxSender sender, OutboxSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public boolean isAutoStartup() {
        return settings.enabled();
    }

    @Override
    public synchronized void start() {
        if (run != null) {
            return;
        }
        if (sender.channels().isEmpty()) {
            log.info("Outbox sender: no chat sender to send through; this instance does not drain the outbox");
            return;
        }
        run = new Run();
        log.info("Outbox sender started on {}: {} msg/s per bot, {} workers", sender.channels(),
                settings.ratePerBot(), settings.workers());
    }

    /** Starts the next turn now rather than after the poll interval: new rows were committed. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    @Override
    public synchronized void stop() {
        Run current = run;
        if (current == null) {
            return;
        }
        current.stopGracefully();
        run = null;
    }

    /**
     * Stops at once, as a killed process would: nothing more is written to the database, sends in
     * flight are abandoned, and every held row stays SENDING until its lease brings it back. The
     * sender cannot send afterwards. For tests of recovery after a crash.
     */
    synchronized void crash() {
        Run current = run;
        if (current != null) {
            current.crash();
            run = null;
        }
        sender.close();
    }

    @Override
    public boolean isRunning() {
        return run != null;
    }

    private void await(long millis) throws InterruptedException {
        synchronized (signal) {
            if (!woken && millis > 0) {
                signal.wait(millis);
            }
            woken = false;
        }
    }

    /** One start-to-stop of the pipeline. */
    private final class Run {

        private final PriorityBlockingQueue<Claim> held = new PriorityBlockingQueue<>(64, Claim.SENDING_ORDER);
        private final LinkedBlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
        /** Held rows kept ready: half a second of sending, at least a batch. */
        private final int stock = Math.max(settings.batchSize(), (int) Math.ceil(settings.ratePerBot() / 2));
        /** Bulk rows claimed at once: a batch, or more at high rates, so claims stay few. */
        private final int claimSize = Math.max(settings.batchSize(), stock / 2);
        private final Thread bookkeeper = new Thread(this::keepBooks, "outbox-bookkeeper");
        private final Thread dispatcher = new Thread(this::dispatch, "outbox-dispatcher");
        private volatile boolean stopping;
        private volatile boolean crashed;

        Run() {
            bookkeeper.setDaemon(true);
            dispatcher.setDaemon(true);
            bookkeeper.start();
            dispatcher.start();
        }

        private void dispatch() {
            while (!stopping) {
                Claim claim;
                try {
                    claim = held.poll(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
                if (claim == null) {
                    continue;
                }
                if (stopping || !sender.dispatch(claim, outcomes::add)) {
                    // Stopping: the bookkeeper gives it back with the rest.
                    held.add(claim);
                    return;
                }
                if (held.size() == stock / 2 - 1) {
                    // The stock just fell below half: refill it now, not at the next turn. Once, not
                    // on every send, or an empty bulk lane would have the bookkeeper query nonstop.
                    wake();
                }
            }
        }

        private void keepBooks() {
            OutboxClaims claims = sender.claims();
            long expiryCheckEvery = Math.max(1, Math.min(settings.lease().toMillis() / 4, 30_000));
            long nextExpiryCheck = 0;
            while (!stopping) {
                try {
                    // First, before any write that a long pause or cancel could hold up: the rows of a
                    // broadcast stopped since they were claimed leave the stock at once.
                    withdrawStopped(claims);
                    settleWaiting(claims);
                    if (crashed) {
                        return;
                    }
                    long nowMillis = System.currentTimeMillis();
                    if (nowMillis >= nextExpiryCheck) {
                        claims.releaseExpired();
                        nextExpiryCheck = nowMillis + expiryCheckEvery;
                    }
                    int room = stock - held.size();
                    int bulk = room >= Math.min(claimSize, stock / 2) ? Math.min(room, claimSize) : 0;
                    if (crashed || stopping) {
                        break;
                    }
                    // Never more held than can go out within the lease at the rate: a burst of
                    // replies waits in the table, where another instance can take it if this one dies.
                    // Read along the rows' way (held, in flight, sent and not yet recorded): a row
                    // moving on meanwhile is counted twice, never missed; only the one row between
                    // the stock and a worker is not counted.
                    int capacity = settings.maxHeld() - held.size() - sender.inFlight() - outcomes.size();
                    int limit = Math.min(Math.max(settings.batchSize(), bulk), capacity);
                    OutboxClaims.Taken taken = limit <= 0 ? OutboxClaims.Taken.NONE
                            : claims.take(sender.openChannels(), limit, Math.min(bulk, limit));
                    held.addAll(taken.claims());
                    boolean more = bulk > 0 && taken.claims().size() >= bulk;
                    if (!more) {
                        boolean busy = !held.isEmpty() || !outcomes.isEmpty() || sender.inFlight() > 0;
                        await(busy ? BUSY_TURN_MILLIS : settings.pollInterval().toMillis());
                    }
                } catch (InterruptedException e) {
                    if (crashed) {
                        return;
                    }
                } catch (RuntimeException e) {
                    log.error("Outbox turn failed; trying again after the poll interval", e);
                    try {
                        await(settings.pollInterval().toMillis());
                    } catch (InterruptedException interrupted) {
                        if (crashed) {
                            return;
                        }
                    }
                }
            }
            if (!crashed) {
                finish(claims);
            }
        }

        /**
         * Held rows of a broadcast paused or cancelled since they were claimed go back unsent, so that
         * «توقف» and «لغو» stop within a turn rather than after the stock held in memory. Back in the
         * table they are PENDING, and the next claim moves them to HELD or CANCELLED under their
         * broadcast's lock ({@link OutboxClaims#take}). A row the dispatcher took meanwhile still goes.
         */
        private void withdrawStopped(OutboxClaims claims) {
            Set<Long> broadcastIds = new HashSet<>();
            for (Claim claim : held) {
                if (claim.broadcastId() != null) {
                    broadcastIds.add(claim.broadcastId());
                }
            }
            Set<Long> stopped = claims.stoppedBroadcasts(broadcastIds);
            if (stopped.isEmpty()) {
                return;
            }
            List<Claim> withdrawn = new ArrayList<>();
            for (Claim claim : held.toArray(new Claim[0])) {
                if (stopped.contains(claim.broadcastId()) && held.remove(claim)) {
                    withdrawn.add(claim);
                }
            }
            if (withdrawn.isEmpty()) {
                return;
            }
            OutboxSender.giveBack(withdrawn, outcomes::add, "its broadcast was paused or cancelled");
            settleWaiting(claims);
            log.info("{} held rows of paused or cancelled broadcasts {} given back unsent", withdrawn.size(), stopped);
        }

        private void settleWaiting(OutboxClaims claims) {
            List<Outcome> batch = new ArrayList<>();
            while (outcomes.drainTo(batch, SETTLE_BATCH) > 0) {
                if (crashed) {
                    return;
                }
                claims.settle(batch);
                batch.clear();
            }
        }

        /** The graceful end: the dispatcher has stopped; sends in flight finish; held rows go back. */
        private void finish(OutboxClaims claims) {
            try {
                dispatcher.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<Claim> unsent = new ArrayList<>();
            held.drainTo(unsent);
            OutboxSender.giveBack(unsent, outcomes::add, "the sender stopped before sending");
            if (!sender.awaitIdleWorkers(Duration.ofSeconds(STOP_WAIT_SECONDS))) {
                log.warn("Outbox sends still in flight after {} s; their rows return after their lease", STOP_WAIT_SECONDS);
            }
            settleWaiting(claims);
            log.info("Outbox sender stopped; {} held rows given back unsent", unsent.size());
        }

        void stopGracefully() {
            stopping = true;
            wake();
            join(bookkeeper, STOP_WAIT_SECONDS * 2);
        }

        void crash() {
            crashed = true;
            stopping = true;
            dispatcher.interrupt();
            bookkeeper.interrupt();
            join(dispatcher, STOP_WAIT_SECONDS);
            join(bookkeeper, STOP_WAIT_SECONDS);
        }

        private void join(Thread thread, long seconds) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(seconds));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                log.warn("{} did not stop within {} s; rows it holds return after their lease", thread.getName(), seconds);
            }
        }
    }
}
