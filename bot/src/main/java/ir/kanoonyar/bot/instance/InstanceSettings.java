package ir.kanoonyar.bot.instance;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How bot instances sharing one database keep track of each other ({@code kanoonyar.instance.*}, or
 * KANOONYAR_INSTANCE_* in the environment).
 *
 * @param checkin     how often this instance writes its last_seen (as Quartz's cluster check-in)
 * @param deadAfter   an instance silent for longer is taken for dead: any live instance gives back the
 *                    outbox rows it held; longer than a check-in or two, or a slow database would have
 *                    live instances' rows taken
 * @param pollerLease how long the instance that long-polls a messenger holds that role without renewing
 *                    it (it renews at every check-in); when it dies, another polls once the lease ran out
 * @param enabled     whether the check-in runs by itself (tests that drive it by hand turn it off)
 */
@ConfigurationProperties("kanoonyar.instance")
public record InstanceSettings(
        @DefaultValue("5s") Duration checkin,
        @DefaultValue("15s") Duration deadAfter,
        @DefaultValue("15s") Duration pollerLease,
        @DefaultValue("true") boolean enabled) {

    public InstanceSettings {
        requirePositive(checkin, "checkin");
        requirePositive(deadAfter, "dead-after");
        requirePositive(pollerLease, "poller-lease");
        if (deadAfter.compareTo(checkin.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("kanoonyar.instance.dead-after must be at least two check-ins ("
                    + checkin.multipliedBy(2) + "), got " + deadAfter);
        }
        if (pollerLease.compareTo(checkin.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("kanoonyar.instance.poller-lease must be at least two check-ins ("
                    + checkin.multipliedBy(2) + "), got " + pollerLease);
        }
    }

    public static InstanceSettings defaults() {
        return new InstanceSettings(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(15), true);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("kanoonyar.instance." + name + " must be a positive duration, got " + value);
        }
    }
}
