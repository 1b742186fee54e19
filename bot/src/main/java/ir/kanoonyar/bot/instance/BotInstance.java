package ir.kanoonyar.bot.instance;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * This bot process among the others on the database: a new id at every start, and what it knows of
 * its own check-ins. Others take it for dead once its check-in is older than {@code deadAfter}, and
 * then give its outbox rows to whoever claims them next. So a row it claimed is still its own, without
 * asking the database, only while its check-ins have gone on without such a gap since the claim.
 */
public final class BotInstance {

    private final String id;
    private final String host;
    private final Instant startedAt;
    /** A gap between check-ins this long may already look like death to another instance. */
    private final Duration unsafeGap;

    private Instant lastCheckIn;
    /** The first check-in of the current run of check-ins without an unsafe gap. */
    private Instant unbrokenSince;

    public BotInstance(String id, String host, Instant startedAt, InstanceSettings settings) {
        this.id = id;
        this.host = host;
        this.startedAt = startedAt;
        // A margin of one check-in for another instance's clock and for the time a check-in takes.
        this.unsafeGap = settings.deadAfter().minus(settings.checkin());
    }

    /** A new instance on this machine. */
    public static BotInstance started(Instant at, InstanceSettings settings) {
        return new BotInstance(UUID.randomUUID().toString(), localHost(), at, settings);
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown";
        }
    }

    public String id() {
        return id;
    }

    public String host() {
        return host;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** A check-in was written at {@code at}. */
    synchronized void checkedIn(Instant at) {
        if (lastCheckIn == null || Duration.between(lastCheckIn, at).compareTo(unsafeGap) >= 0) {
            unbrokenSince = at;
        }
        lastCheckIn = at;
    }

    /**
     * Whether nobody can have taken what this instance claimed at {@code claimedAt} for dead: it has
     * checked in since then without a gap others would read as death, and its last check-in is recent.
     * False means "ask the database", never "lost".
     */
    public synchronized boolean aliveSince(Instant claimedAt, Instant now) {
        return lastCheckIn != null && unbrokenSince != null && !claimedAt.isBefore(unbrokenSince)
                && Duration.between(lastCheckIn, now).compareTo(unsafeGap) < 0;
    }

    @Override
    public String toString() {
        return id + "@" + host;
    }
}
