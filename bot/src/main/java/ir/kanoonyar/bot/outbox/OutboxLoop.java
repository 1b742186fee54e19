package ir.kanoonyar.bot.outbox;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the outbox sender in a background thread from the app's start to its stop, when
 * {@code kanoonyar.outbox.enabled} (the default). A full batch is followed at once by the next
 * round; otherwise the loop waits the poll interval. Stopping lets the row being sent finish and
 * gives the rest of the batch back unsent; a send is never interrupted half way.
 */
public class OutboxLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxLoop.class);

    private static final long STOP_WAIT_SECONDS = 30;

    private final OutboxSender sender;
    private final OutboxSettings settings;
    private final Object wakeUp = new Object();
    private volatile boolean stopRequested;
    /** Set by a wake-up that came while a round was running, so the next pause is skipped. */
    private volatile boolean woken;
    private volatile Thread thread;

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
        if (thread != null) {
            return;
        }
        if (sender.channels().isEmpty()) {
            log.info("Outbox sender: no chat sender to send through; this instance does not drain the outbox");
            return;
        }
        stopRequested = false;
        Thread loop = new Thread(this::run, "outbox-sender");
        loop.setDaemon(true);
        thread = loop;
        loop.start();
    }

    private void run() {
        log.info("Outbox sender started on {}", sender.channels());
        while (!stopRequested) {
            int handled = 0;
            try {
                handled = sender.drainOnce(() -> stopRequested);
            } catch (RuntimeException e) {
                log.error("Outbox round failed; trying again after the poll interval", e);
            }
            if (handled < settings.batchSize()) {
                pause();
            }
        }
        log.info("Outbox sender stopped");
    }

    private void pause() {
        synchronized (wakeUp) {
            if (stopRequested || woken) {
                woken = false;
                return;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(wakeUp, settings.pollInterval().toNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopRequested = true;
            }
        }
    }

    /** Starts the next round now rather than after the poll interval: new rows were committed. */
    public void wake() {
        synchronized (wakeUp) {
            woken = true;
            wakeUp.notifyAll();
        }
    }

    @Override
    public synchronized void stop() {
        Thread loop = thread;
        if (loop == null) {
            return;
        }
        stopRequested = true;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
        try {
            loop.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (loop.isAlive()) {
            log.warn("Outbox sender did not stop within {} s; rows it holds return after their lease", STOP_WAIT_SECONDS);
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
