package ir.kanoonyar.bot.instance;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * This instance's check-in, every {@code kanoonyar.instance.checkin}, as Quartz's clustered job store
 * does: it renews last_seen in bot_instance, then runs what live instances do for each other (give back
 * the outbox rows of instances silent too long, hold or take the long-polling lease). It starts before
 * the outbox sender and the poller and stops after them; a graceful stop deletes the row.
 */
public class Heartbeat implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final BotInstance instance;
    private final InstanceRegistry registry;
    private final List<CheckInListener> listeners;
    private final InstanceSettings settings;
    private final Clock clock;

    private volatile boolean running;
    private ScheduledExecutorService timer;
    private boolean loggedFailure;

    public Heartbeat(BotInstance instance, InstanceRegistry registry, List<CheckInListener> listeners,
                     InstanceSettings settings, Clock clock) {
        this.instance = instance;
        this.registry = registry;
        this.listeners = List.copyOf(listeners);
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * One check-in and what follows it. Runs on the timer; tests with a clock of their own call it.
     *
     * @return whether the check-in was written
     */
    public synchronized boolean checkIn() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            registry.checkIn(instance, now);
            instance.checkedIn(now);
        } catch (RuntimeException e) {
            if (!loggedFailure) {
                log.warn("Bot instance {} could not check in ({}); others take it for dead after {}", instance,
                        e.toString(), settings.deadAfter());
                loggedFailure = true;
            }
            listeners.forEach(listener -> runSafely(() -> listener.checkInFailed(now)));
            return false;
        }
        if (loggedFailure) {
            log.info("Bot instance {} checks in again", instance);
            loggedFailure = false;
        }
        listeners.forEach(listener -> runSafely(() -> listener.checkedIn(now)));
        return true;
    }

    private static void runSafely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Work after a check-in failed: {}", e.toString());
        }
    }

    @Override
    public boolean isAutoStartup() {
        return settings.enabled();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        // The first check-in before the sender claims anything: its rows name an instance with a row.
        checkIn();
        runSafely(() -> registry.forgetLongDead(clock.instant()));
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "instance-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.checkin().toMillis();
        timer.scheduleWithFixedDelay(this::checkIn, every, every, TimeUnit.MILLISECONDS);
        running = true;
        log.info("Bot instance {} checks in every {}; taken for dead after {} without one", instance,
                settings.checkin(), settings.deadAfter());
    }

    @Override
    public void stop() {
        ScheduledExecutorService current;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            current = timer;
            timer = null;
        }
        current.shutdownNow();
        try {
            current.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        listeners.forEach(listener -> runSafely(listener::stopping));
        runSafely(() -> registry.remove(instance));
    }

    /**
     * Stops checking in without a word, as a killed process or one cut off from the database would:
     * the row stays, and others take this instance for dead once it is old enough. For tests.
     */
    public synchronized void silence() {
        running = false;
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the outbox sender and the poller (default phase) at start, after them at stop. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 1000;
    }
}
