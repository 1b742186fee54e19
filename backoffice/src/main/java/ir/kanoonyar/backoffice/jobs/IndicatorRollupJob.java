package ir.kanoonyar.backoffice.jobs;

import java.time.Clock;

import ir.kanoonyar.db.indicator.Dormancy;
import ir.kanoonyar.db.indicator.IndicatorRollup;
import ir.kanoonyar.db.indicator.JalaliMonth;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The nightly roll-up of the indicators: the month under way and the one before it (reviews of last
 * month's reports go on into this one), then the dormant kanoons. Not concurrent with itself.
 */
@DisallowConcurrentExecution
public class IndicatorRollupJob extends QuartzJobBean {

    private final IndicatorRollup rollup;
    private final Dormancy dormancy;
    private final Clock clock;

    public IndicatorRollupJob(IndicatorRollup rollup, Dormancy dormancy, Clock clock) {
        this.rollup = rollup;
        this.dormancy = dormancy;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        JalaliMonth current = JalaliMonth.of(clock.instant());
        rollup.rollUp(current.previous(), "nightly");
        rollup.rollUp(current, "nightly");
        dormancy.mark();
    }
}
