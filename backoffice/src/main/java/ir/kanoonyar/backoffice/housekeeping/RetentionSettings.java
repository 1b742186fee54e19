package ir.kanoonyar.backoffice.housekeeping;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the bot's traffic is kept ({@code kanoonyar.retention.*}, each also an environment variable
 * such as {@code KANOONYAR_RETENTION_OUTBOX}).
 *
 * @param cron   when the nightly clean-up runs (Quartz cron, seconds first), read in {@code zone}
 * @param zone   the zone of {@code cron}
 * @param inbox  handled updates (DONE, IGNORED) older than this are deleted; FAILED ones are kept for a
 *               person to look at
 * @param outbox messages sent, failed, blocked or cancelled longer ago than this are deleted, except
 *               keyed rows (the key is what keeps a reminder from going twice); a broadcast's rows go
 *               once it finished this long ago, its figures kept on the broadcast
 * @param window rows looked at per statement: each delete is one short transaction over this many ids
 */
@ConfigurationProperties("kanoonyar.retention")
public record RetentionSettings(
        @DefaultValue("0 30 3 * * ?") String cron,
        @DefaultValue("Asia/Tehran") ZoneId zone,
        @DefaultValue("30d") Duration inbox,
        @DefaultValue("90d") Duration outbox,
        @DefaultValue("5000") int window) {

    public RetentionSettings {
        if (inbox.compareTo(Duration.ofDays(1)) < 0 || outbox.compareTo(Duration.ofDays(1)) < 0) {
            // A Telegram update may be delivered again for up to a day; its row is what makes it a duplicate.
            throw new IllegalArgumentException("kanoonyar.retention.inbox and .outbox must be at least 1d");
        }
        if (window < 1) {
            throw new IllegalArgumentException("kanoonyar.retention.window must be at least 1");
        }
    }
}
