package ir.kanoonyar.bot.flows;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import ir.kanoonyar.db.training.TrainingReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the training reminders ({@link TrainingReminders}) every {@code kanoonyar.training.reminder-interval}
 * (an hour by default; 0 turns them off), first one interval after start. The reminders go through
 * the outbox like any message; several bot instances may sweep at once without sending one twice.
 */
@Component
class TrainingReminderLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TrainingReminderLoop.class);

    private final TrainingReminders reminders;
    private final Duration interval;
    private volatile ScheduledExecutorService loop;

    TrainingReminderLoop(TrainingReminders reminders,
                         @Value("${kanoonyar.training.reminder-interval:1h}") Duration interval) {
        this.reminders = reminders;
        this.interval = interval;
    }

    @Override
    public void start() {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "training-reminders");
            t.setDaemon(true);
            return t;
        });
        long every = interval.toMillis();
        loop.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            int written = reminders.sweep();
            if (written > 0) {
                log.info("Training reminders: {} written to the outbox", written);
            }
        } catch (RuntimeException e) {
            // Another instance sweeping the same rows, or the database away: the next round tries again.
            log.warn("Training reminder sweep failed: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService l = loop;
        if (l != null) {
            l.shutdownNow();
        }
        loop = null;
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }
}
