package ir.kanoonyar.backoffice.jobs;

import ir.kanoonyar.backoffice.escalation.Escalations;
import ir.kanoonyar.backoffice.escalation.TicketEscalations;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Escalates requests past their due time and tickets past their first-response time. Not concurrent: two
 * runs would race for the same rows.
 */
@DisallowConcurrentExecution
public class EscalationJob extends QuartzJobBean {

    private final Escalations escalations;
    private final TicketEscalations tickets;

    public EscalationJob(Escalations escalations, TicketEscalations tickets) {
        this.escalations = escalations;
        this.tickets = tickets;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        escalations.run();
        tickets.run();
    }
}
