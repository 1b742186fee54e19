package ir.kanoonyar.backoffice.jobs;

import ir.kanoonyar.backoffice.reminders.ReminderSweep;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Writes the reminders due to people. Not concurrent (across the cluster, with the JDBC store): a
 * slow sweep is not overtaken by the next, which would only repeat its reads; the dedup keys make a
 * repeat harmless anyway.
 */
@DisallowConcurrentExecution
public class ReminderSweepJob extends QuartzJobBean {

    private final ReminderSweep sweep;

    public ReminderSweepJob(ReminderSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        sweep.run();
    }
}
