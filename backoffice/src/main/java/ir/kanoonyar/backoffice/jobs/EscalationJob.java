package ir.kanoonyar.backoffice.jobs;

import ir.kanoonyar.backoffice.escalation.Escalations;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Escalates requests past their due time. Not concurrent: two runs would race for the same rows. */
@DisallowConcurrentExecution
public class EscalationJob extends QuartzJobBean {

    private final Escalations escalations;

    public EscalationJob(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        escalations.run();
    }
}
