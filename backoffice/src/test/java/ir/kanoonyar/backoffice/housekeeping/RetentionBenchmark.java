package ir.kanoonyar.backoffice.housekeeping;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import ir.kanoonyar.backoffice.reminders.JobsOnMariaDb;
import ir.kanoonyar.db.broadcast.BroadcastArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Benchmark, not a test: prints figures and asserts none. Seeds a year of outbox rows (-Dbench.oldRows
 * old finished messages, one in ten of them a broadcast's finished long ago, and -Dbench.recentRows
 * recent ones) and of handled updates, then times one clean-up run at the default window, and a second run with
 * nothing left to delete. MariaDB only (the seed uses its sequence engine). Run with
 * scripts/bench-retention.sh.
 */
@Tag("benchmark")
class RetentionBenchmark extends JobsOnMariaDb {

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    BroadcastArchive archive;

    @Test
    void deleteAYearsTraffic() {
        int old = Integer.getInteger("bench.oldRows", 500_000);
        int recent = Integer.getInteger("bench.recentRows", 200_000);
        int window = Integer.getInteger("bench.window", 5_000);
        Instant now = Instant.now();

        long start = System.nanoTime();
        // A broadcast finished 150 days ago: its rows go once its figures are kept on it.
        jdbc.update("INSERT INTO broadcast (created_by, segment_role, text, status, recipients, created_at, enqueued_at,"
                + " finished_at) VALUES ('bench', 'EVERYONE', 'خبر', 'DONE', ?, NOW(6) - INTERVAL 200 DAY,"
                + " NOW(6) - INTERVAL 200 DAY, NOW(6) - INTERVAL 150 DAY)", old / 10);
        long broadcast = jdbc.queryForObject("SELECT MAX(id) FROM broadcast", Long.class);
        // Old rows first, as time writes them: one in ten is the broadcast's.
        jdbc.update("INSERT INTO outbox_message (channel, chat_id, kind, body, status, attempts, not_before, created_at,"
                + " sent_at, lane, broadcast_id) SELECT 'TELEGRAM', 7000000000 + seq, 'REPLY',"
                + " '{\"text\":\"پاسخ کانون‌یار به پیام شما، با چند خط متن فارسی\"}', 'SENT', 1,"
                + " NOW(6) - INTERVAL 200 DAY + INTERVAL seq SECOND, NOW(6) - INTERVAL 200 DAY + INTERVAL seq SECOND,"
                + " NOW(6) - INTERVAL 200 DAY + INTERVAL seq SECOND,"
                + " IF(MOD(seq, 10) = 0, 'BULK', 'DIRECT'), IF(MOD(seq, 10) = 0, " + broadcast + ", NULL) FROM seq_1_to_" + old);
        jdbc.update("INSERT INTO outbox_message (channel, chat_id, kind, body, status, attempts, not_before, created_at,"
                + " sent_at, lane) SELECT 'TELEGRAM', 7000000000 + seq, 'REPLY', '{\"text\":\"پاسخ تازه\"}', 'SENT', 1,"
                + " NOW(6) - INTERVAL 30 DAY + INTERVAL seq SECOND, NOW(6) - INTERVAL 30 DAY + INTERVAL seq SECOND,"
                + " NOW(6) - INTERVAL 30 DAY + INTERVAL seq SECOND, 'DIRECT' FROM seq_1_to_" + recent);
        jdbc.update("INSERT INTO inbound_update (channel, update_id, chat_id, payload, status, attempts, received_at,"
                + " processed_at) SELECT 'TELEGRAM', seq, 7000000000 + seq, '{\"update_id\":1,\"message\":{\"text\":\"سلام\"}}',"
                + " 'DONE', 1, NOW(6) - INTERVAL 60 DAY + INTERVAL seq SECOND, NOW(6) - INTERVAL 60 DAY + INTERVAL seq SECOND"
                + " FROM seq_1_to_" + (old + recent));
        print("seeder: %,d old and %,d recent messages, %,d updates in %.1f s", old, recent, old + recent, seconds(start));

        Retention retention = new Retention(jdbc, transactions, archive, new RetentionSettings("0 30 3 * * ?",
                ZoneId.of("Asia/Tehran"), Duration.ofDays(30), Duration.ofDays(90), window), Clock.fixed(now, ZoneOffset.UTC));
        start = System.nanoTime();
        Retention.Purged purged = retention.run();
        double took = seconds(start);
        int rows = purged.inboundUpdates() + purged.outboxMessages() + purged.broadcastMessages();
        print("first run (window %,d): %,d updates, %,d messages and %,d broadcast rows deleted in %.1f s (%,.0f rows/s)",
                window, purged.inboundUpdates(), purged.outboxMessages(), purged.broadcastMessages(), took, rows / took);
        start = System.nanoTime();
        Retention.Purged again = retention.run();
        print("second run: %,d deleted in %.2f s (nothing old is left; it stops at the recent rows)",
                again.inboundUpdates() + again.outboxMessages() + again.broadcastMessages(), seconds(start));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void print(String format, Object... args) {
        System.out.println("=== " + String.format(format, args));
    }
}
