package ir.kanoonyar.backoffice.reminders;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Schedules and thresholds of the reminder, escalation and digest jobs ({@code kanoonyar.reminders.*},
 * each also an environment variable such as {@code KANOONYAR_REMINDERS_QUIET_START}). Cron expressions
 * are Quartz's (seconds first) and read in {@link #zone()}.
 *
 * @param zone                 the zone of quiet hours and of every cron expression
 * @param quietStart           quiet hours begin (no reminder goes out from then) …
 * @param quietEnd             … until this time of the next morning
 * @param sweepCron            when the reminder sweep runs
 * @param escalationCron       when overdue requests are looked for
 * @param escalationAtStart    how long after start-up the escalation job also runs once (0: not at all)
 * @param digestCron           when the staff's morning digest is written
 * @param formIdle             an unfinished form is reminded after this long without an answer …
 * @param formForgetAfter      … but not once it has been idle this long (an abandoned chat)
 * @param consentDays          days after a consent link was issued on which the unsigned consent is reminded
 * @param returnedDays         days after a request was returned on which the applicant is reminded to fix it
 * @param licenceDays          days before a licence ends on which its manager is reminded
 * @param noManagerDays        days after a kanoon lost its manager on which it is reminded
 */
@ConfigurationProperties("kanoonyar.reminders")
public record ReminderSettings(
        @DefaultValue("Asia/Tehran") ZoneId zone,
        @DefaultValue("22:00") LocalTime quietStart,
        @DefaultValue("08:00") LocalTime quietEnd,
        @DefaultValue("0 */15 * * * ?") String sweepCron,
        @DefaultValue("0 */5 * * * ?") String escalationCron,
        @DefaultValue("20s") Duration escalationAtStart,
        @DefaultValue("0 0 8 * * ?") String digestCron,
        @DefaultValue("24h") Duration formIdle,
        @DefaultValue("7d") Duration formForgetAfter,
        @DefaultValue({"3", "7"}) List<Integer> consentDays,
        @DefaultValue({"3", "10"}) List<Integer> returnedDays,
        @DefaultValue({"60", "30", "7"}) List<Integer> licenceDays,
        @DefaultValue({"7", "30"}) List<Integer> noManagerDays) {

    public ReminderSettings {
        consentDays = positive(consentDays, "consent-days");
        returnedDays = positive(returnedDays, "returned-days");
        licenceDays = positive(licenceDays, "licence-days");
        noManagerDays = positive(noManagerDays, "no-manager-days");
        if (formIdle.isNegative() || formIdle.isZero() || formForgetAfter.compareTo(formIdle) <= 0) {
            throw new IllegalArgumentException("kanoonyar.reminders.form-forget-after must be longer than form-idle");
        }
    }

    private static List<Integer> positive(List<Integer> days, String name) {
        if (days.isEmpty() || days.stream().anyMatch(d -> d == null || d < 1)) {
            throw new IllegalArgumentException("kanoonyar.reminders." + name + " must be whole days of at least 1");
        }
        return days.stream().sorted().distinct().toList();
    }

    /**
     * The largest threshold already reached after {@code elapsedDays}, or -1 when none is: one reminder
     * per threshold, and a job that was down over several thresholds sends only the latest.
     */
    public static int reached(List<Integer> thresholds, long elapsedDays) {
        int reached = -1;
        for (int day : thresholds) {
            if (elapsedDays >= day) {
                reached = day;
            }
        }
        return reached;
    }
}
