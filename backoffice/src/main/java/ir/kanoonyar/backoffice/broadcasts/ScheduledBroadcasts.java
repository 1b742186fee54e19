package ir.kanoonyar.backoffice.broadcasts;

import java.time.Instant;
import java.util.Date;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.stereotype.Component;

/**
 * One Quartz job per scheduled broadcast, in the clustered JDBC job store, so exactly one back-office
 * instance fires it, and a restart keeps it. Written in the caller's transaction (Quartz shares the
 * application's data source), so a broadcast and its trigger are saved together.
 */
@Component
class ScheduledBroadcasts {

    private static final String GROUP = "broadcasts";

    private final Scheduler scheduler;

    ScheduledBroadcasts(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    void schedule(long broadcastId, Instant at) {
        JobDetail job = JobBuilder.newJob(SendScheduledBroadcastJob.class)
                .withIdentity(key(broadcastId))
                .usingJobData(SendScheduledBroadcastJob.BROADCAST_ID, broadcastId)
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity("broadcast-" + broadcastId, GROUP)
                .startAt(Date.from(at))
                // A misfire means every instance was down at the broadcast's time. Fire as soon as one is
                // back rather than drop it: staff scheduled it and its progress page says "scheduled";
                // a late announcement is better than one that silently never goes (they can still cancel).
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            scheduler.scheduleJob(job, trigger);
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not schedule broadcast " + broadcastId, e);
        }
    }

    /** The broadcast was cancelled before its time: its trigger goes. */
    void unschedule(long broadcastId) {
        try {
            scheduler.deleteJob(key(broadcastId));
        } catch (SchedulerException e) {
            // The job checks the broadcast's status when it fires: a cancelled one sends nothing.
            throw new IllegalStateException("could not unschedule broadcast " + broadcastId, e);
        }
    }

    private static JobKey key(long broadcastId) {
        return JobKey.jobKey("broadcast-" + broadcastId, GROUP);
    }
}
