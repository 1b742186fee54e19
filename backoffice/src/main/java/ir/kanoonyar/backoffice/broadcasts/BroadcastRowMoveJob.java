package ir.kanoonyar.backoffice.broadcasts;

import java.time.Duration;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The job that moves broadcasts' rows behind a pause, resume or cancel ({@link MoveBroadcastRowsJob}),
 * in the clustered JDBC job store, and how it is started.
 */
@Component
class BroadcastRowMoveJob {

    static final JobKey KEY = JobKey.jobKey("broadcast-row-moves", "broadcasts");

    /** How often unfinished moves are looked for, should a run have been cut short. */
    static final Duration EVERY = Duration.ofMinutes(1);

    private final Scheduler scheduler;

    BroadcastRowMoveJob(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Fires the job once, now. Written in the caller's transaction (Quartz shares the application's
     * data source), so the trigger commits with the status it moves the rows for, and Quartz takes it
     * as soon as it is committed.
     */
    void start() {
        try {
            scheduler.triggerJob(KEY);
        } catch (SchedulerException e) {
            // The status is not committed without it: staff get the page's "try again".
            throw new IllegalStateException("could not start moving the broadcast's rows", e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        /**
         * Durable, so the one-shot triggers have a job to fire; recoverable, so a run cut short by its
         * instance's death is run again by another instance at once.
         */
        @Bean
        JobDetail broadcastRowMovesJob() {
            return JobBuilder.newJob(MoveBroadcastRowsJob.class).withIdentity(KEY).storeDurably().requestRecovery()
                    .build();
        }

        /** Misfire: the next regular run; a minute missed while every instance was down needs no catch-up. */
        @Bean
        Trigger broadcastRowMovesTrigger(JobDetail broadcastRowMovesJob) {
            return TriggerBuilder.newTrigger().forJob(broadcastRowMovesJob).withIdentity("broadcast-row-moves", "broadcasts")
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(EVERY.toMillis()).repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
        }
    }
}
