package ir.kanoonyar.backoffice.jobs;

import ir.kanoonyar.backoffice.digest.StaffDigests;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Writes the staff's morning digest. Not concurrent: one digest per account and day. */
@DisallowConcurrentExecution
public class StaffDigestJob extends QuartzJobBean {

    private final StaffDigests digests;

    public StaffDigestJob(StaffDigests digests) {
        this.digests = digests;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        digests.run();
    }
}
