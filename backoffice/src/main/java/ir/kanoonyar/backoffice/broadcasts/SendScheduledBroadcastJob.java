package ir.kanoonyar.backoffice.broadcasts;

import ir.kanoonyar.db.broadcast.BroadcastDelivery;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Fires once, at a scheduled broadcast's time, and enqueues it. Enqueueing checks the broadcast's
 * status under its row lock, so a trigger that fires twice, or one for a broadcast cancelled
 * meanwhile, sends nothing more.
 */
@DisallowConcurrentExecution
public class SendScheduledBroadcastJob implements Job {

    static final String BROADCAST_ID = "broadcastId";

    private final BroadcastDelivery delivery;

    public SendScheduledBroadcastJob(BroadcastDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(JobExecutionContext context) {
        delivery.enqueue(context.getMergedJobDataMap().getLong(BROADCAST_ID));
    }
}
