package ir.kanoonyar.backoffice.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.TimeZone;

import ir.kanoonyar.backoffice.housekeeping.RetentionSettings;
import ir.kanoonyar.backoffice.reminders.ReminderSettings;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The back-office's Quartz jobs, defined in code; their schedules come from
 * {@code kanoonyar.reminders.*} and {@code kanoonyar.retention.*}. Spring Boot registers every
 * JobDetail and Trigger bean with the clustered scheduler (spring.quartz.overwrite-existing-jobs
 * makes a changed setting win over the stored schedule), and the JDBC job store fires each trigger
 * on exactly one instance.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ReminderSettings.class, RetentionSettings.class})
public class JobSchedules {

    static final String GROUP = "kanoonyar";

    @Bean
    JobDetail reminderSweepJob() {
        return JobBuilder.newJob(ReminderSweepJob.class).withIdentity("reminder-sweep", GROUP).storeDurably().build();
    }

    /**
     * Misfire: do nothing. A sweep missed while every instance was down is not worth a burst of
     * catch-up runs; the next regular sweep reads the same state and writes what is due.
     */
    @Bean
    Trigger reminderSweepTrigger(JobDetail reminderSweepJob, ReminderSettings settings) {
        return TriggerBuilder.newTrigger().forJob(reminderSweepJob).withIdentity("reminder-sweep", GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.sweepCron())
                        .inTimeZone(TimeZone.getTimeZone(settings.zone()))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }

    @Bean
    JobDetail escalationJob() {
        return JobBuilder.newJob(EscalationJob.class).withIdentity("escalation", GROUP).storeDurably().build();
    }

    /** Misfire: do nothing, as for the sweep; the next run finds every request still overdue. */
    @Bean
    Trigger escalationTrigger(JobDetail escalationJob, ReminderSettings settings) {
        return TriggerBuilder.newTrigger().forJob(escalationJob).withIdentity("escalation", GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.escalationCron())
                        .inTimeZone(TimeZone.getTimeZone(settings.zone()))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }

    /**
     * One escalation run shortly after start-up, so a fresh instance (and the demo) does not wait for
     * the first cron slot. Misfire: fire now; a start-up run that was missed is still wanted once.
     */
    @Bean
    @ConditionalOnExpression("'${kanoonyar.reminders.escalation-at-start:20s}' != '0' "
            + "and '${kanoonyar.reminders.escalation-at-start:20s}' != '0s'")
    Trigger escalationAtStartTrigger(JobDetail escalationJob, ReminderSettings settings, Clock clock) {
        return TriggerBuilder.newTrigger().forJob(escalationJob).withIdentity("escalation-at-start", GROUP)
                .startAt(Date.from(clock.instant().plus(settings.escalationAtStart())))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    @Bean
    JobDetail staffDigestJob() {
        return JobBuilder.newJob(StaffDigestJob.class).withIdentity("staff-digest", GROUP).storeDurably().build();
    }

    /**
     * Misfire: fire once and proceed. A morning digest missed because every instance was down is
     * still useful when one comes back that day (and one per day is all there is: staff_digest holds
     * one row per account and day); quiet hours hold it if that is late at night.
     */
    @Bean
    Trigger staffDigestTrigger(JobDetail staffDigestJob, ReminderSettings settings) {
        return TriggerBuilder.newTrigger().forJob(staffDigestJob).withIdentity("staff-digest", GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.digestCron())
                        .inTimeZone(TimeZone.getTimeZone(settings.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail retentionJob() {
        return JobBuilder.newJob(RetentionJob.class).withIdentity("retention", GROUP).storeDurably().build();
    }

    /**
     * Misfire: do nothing. A night missed while every instance was down only leaves a day's more rows;
     * the next night deletes them too, at the quiet hour it was given, not in the morning's traffic.
     */
    @Bean
    Trigger retentionTrigger(JobDetail retentionJob, RetentionSettings settings) {
        return TriggerBuilder.newTrigger().forJob(retentionJob).withIdentity("retention", GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.cron())
                        .inTimeZone(TimeZone.getTimeZone(settings.zone()))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }

    @Bean
    JobDetail indicatorRollupJob() {
        return JobBuilder.newJob(IndicatorRollupJob.class).withIdentity("indicator-rollup", GROUP).storeDurably()
                .build();
    }

    /**
     * The nightly roll-up of the indicators (kanoonyar.indicators.cron, Tehran time). Misfire: fire once
     * and proceed: dashboards read only the summaries, so a night missed is worth catching up on.
     */
    @Bean
    Trigger indicatorRollupTrigger(JobDetail indicatorRollupJob,
                                   @Value("${kanoonyar.indicators.cron:0 30 1 * * ?}") String cron) {
        return TriggerBuilder.newTrigger().forJob(indicatorRollupJob).withIdentity("indicator-rollup", GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone("Asia/Tehran"))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /** One roll-up shortly after start-up (kanoonyar.indicators.rollup-at-start, 0 for none), for the demo. */
    @Bean
    @ConditionalOnExpression("'${kanoonyar.indicators.rollup-at-start:0}' != '0' "
            + "and '${kanoonyar.indicators.rollup-at-start:0}' != '0s'")
    Trigger indicatorRollupAtStartTrigger(JobDetail indicatorRollupJob, Clock clock,
                                          @Value("${kanoonyar.indicators.rollup-at-start:0}") Duration delay) {
        return TriggerBuilder.newTrigger().forJob(indicatorRollupJob).withIdentity("indicator-rollup-at-start", GROUP)
                .startAt(Date.from(clock.instant().plus(delay)))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }
}
