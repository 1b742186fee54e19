package ir.kanoonyar.bot.outbox;

import java.time.Instant;

import ir.kanoonyar.bot.instance.CheckInListener;
import ir.kanoonyar.bot.instance.InstanceSettings;

/**
 * At each check-in of this instance, the outbox rows held by instances silent for longer than
 * {@code kanoonyar.instance.dead-after} go back to PENDING: a killed sender's rows come back within
 * seconds rather than after the lease (2 min), which stays as the last resort for rows whose holder
 * is unknown.
 */
final class DeadSenderRelease implements CheckInListener {

    private final OutboxSender sender;
    private final InstanceSettings settings;

    DeadSenderRelease(OutboxSender sender, InstanceSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public void checkedIn(Instant now) {
        sender.claims().releaseSilentInstances(now.minus(settings.deadAfter()));
    }
}
