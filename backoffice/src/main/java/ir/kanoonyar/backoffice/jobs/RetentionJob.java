package ir.kanoonyar.backoffice.jobs;

import ir.kanoonyar.backoffice.housekeeping.Retention;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The nightly clean-up of old bot traffic. Not concurrent: two runs would walk the same windows. */
@DisallowConcurrentExecution
public class RetentionJob extends QuartzJobBean {

    private final Retention retention;

    public RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        retention.run();
    }
}
