package ir.kanoonyar.backoffice.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import ir.kanoonyar.backoffice.reminders.JobsOnMariaDb;
import ir.kanoonyar.db.broadcast.Broadcast;
import ir.kanoonyar.db.broadcast.BroadcastArchive;
import ir.kanoonyar.db.broadcast.BroadcastDelivery;
import ir.kanoonyar.db.broadcast.BroadcastProgress;
import ir.kanoonyar.db.broadcast.BroadcastRepository;
import ir.kanoonyar.db.broadcast.BroadcastStatus;
import ir.kanoonyar.db.broadcast.Segment;
import ir.kanoonyar.db.broadcast.SegmentRole;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly clean-up on the real database: which rows go and which stay, window by window. The rows
 * get ids below any real one (negative), so the walk, which starts at the lowest id, meets them first
 * and stops at the recent ones without touching what other tests wrote.
 */
class RetentionOnMariaDbTest extends JobsOnMariaDb {

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    BroadcastArchive archive;
    @Autowired
    BroadcastRepository broadcasts;
    @Autowired
    BroadcastDelivery delivery;
    @Autowired
    @Qualifier("retentionTrigger")
    Trigger nightly;

    /** Three ids a window, so the rows below take several windows and a gap. */
    private Retention retention() {
        return new Retention(jdbc, transactions, archive, new RetentionSettings("0 30 3 * * ?", ZoneId.of("Asia/Tehran"),
                Duration.ofDays(30), Duration.ofDays(90), 3), Clock.fixed(DAY, ZoneOffset.UTC));
    }

    @Test
    void handledUpdatesAndFinishedMessagesPastTheirTimeGoWhileEverythingStillNeededStays() {
        int othersUpdates = othersRows("inbound_update");
        int othersMessages = othersRows("outbox_message");
        update(-100, "DONE", 40);
        update(-99, "IGNORED", 31);
        update(-98, "FAILED", 60);      // kept for a person to look at
        update(-97, "RECEIVED", 45);    // not handled yet
        update(-96, "DONE", 31);
        update(-90, "DONE", 29);        // recent; after a gap in the ids

        message(-100, "SENT", 100, null, null);
        message(-99, "FAILED", 95, null, null);
        message(-98, "BLOCKED", 91, null, null);
        message(-97, "CANCELLED", 200, null, null);
        message(-96, "SENT", 100, "reminder:licence:1:60:TELEGRAM:1", null);   // its key keeps a reminder from going twice
        message(-95, "SENT", 100, null, 7L);                                   // a broadcast's figures count it
        message(-94, "PENDING", 100, null, null);                              // not sent yet
        message(-93, "SENT", 89, null, null);                                  // recent
        message(-80, "SENT", 10, null, null);

        Retention.Purged purged = retention().run();

        assertThat(ids("inbound_update")).containsExactly(-98L, -97L, -90L);
        assertThat(ids("outbox_message")).containsExactly(-96L, -95L, -94L, -93L, -80L);
        assertThat(purged.inboundUpdates()).isEqualTo(3);
        assertThat(purged.outboxMessages()).isEqualTo(4);
        assertThat(othersRows("inbound_update")).as("other tests' updates").isEqualTo(othersUpdates);
        assertThat(othersRows("outbox_message")).as("other tests' messages").isEqualTo(othersMessages);

        Retention.Purged again = retention().run();
        assertThat(again.inboundUpdates()).isZero();
        assertThat(again.outboxMessages()).isZero();
    }

    @Test
    void aBroadcastFinishedLongAgoKeepsItsFiguresWhenItsRowsGoAndOneStillGoingOrRecentKeepsItsRows() {
        long old = broadcast(120, 100, "SENT", "FAILED", "BLOCKED", "CANCELLED");
        long recent = broadcast(20, 10, "SENT", "SENT");
        long stuck = broadcast(120, null, "SENT", "PENDING");
        // Cancelled while paused, and the cancel stopped before it moved the held row.
        long halfCancelled = broadcast(120, null, "SENT", "HELD");
        jdbc.update("UPDATE broadcast SET status = 'CANCELLED', finished_at = ? WHERE id = ?", ago(100), halfCancelled);
        BroadcastProgress before = delivery.progress(old);

        Retention.Purged purged = retention().run();

        assertThat(purged.broadcastMessages()).isEqualTo(6);
        assertThat(rowsOf(old)).isZero();
        BroadcastProgress kept = delivery.progress(old);
        assertThat(kept).extracting(BroadcastProgress::sent, BroadcastProgress::failed, BroadcastProgress::blocked,
                BroadcastProgress::cancelled, BroadcastProgress::left).containsExactly(1L, 1L, 1L, 1L, 0L);
        assertThat(kept.total()).isEqualTo(before.total());
        assertThat(broadcasts.findById(old).orElseThrow().getStatus()).isEqualTo(BroadcastStatus.DONE);
        assertThat(rowsOf(recent)).isEqualTo(2);
        assertThat(rowsOf(stuck)).as("one row is still to be sent").isEqualTo(2);
        assertThat(broadcasts.findById(stuck).orElseThrow().getArchivedAt()).isNull();
        assertThat(rowsOf(halfCancelled)).isZero();
        assertThat(delivery.progress(halfCancelled)).extracting(BroadcastProgress::sent, BroadcastProgress::cancelled,
                BroadcastProgress::left).containsExactly(1L, 1L, 0L);

        assertThat(retention().run().broadcastMessages()).isZero();
    }

    /** A Markazi broadcast enqueued and finished (null: still sending) so many days before DAY, one row per status. */
    private long broadcast(int enqueuedDaysAgo, Integer finishedDaysAgo, String... statuses) {
        long markazi = county("0001").getProvince().getId();
        long id = tx.execute(s -> {
            Broadcast b = new Broadcast("tester", new Segment(markazi, null, SegmentRole.EVERYONE, null, null),
                    "خبر", null, DAY.minus(Duration.ofDays(enqueuedDaysAgo)));
            b.enqueued(statuses.length, DAY.minus(Duration.ofDays(enqueuedDaysAgo)));
            if (finishedDaysAgo != null) {
                b.done(DAY.minus(Duration.ofDays(finishedDaysAgo)));
            }
            return broadcasts.save(b).getId();
        });
        for (String status : statuses) {
            jdbc.update("INSERT INTO outbox_message (channel, chat_id, kind, body, status, attempts, not_before,"
                    + " created_at, lane, broadcast_id) VALUES ('TELEGRAM', 1, 'BROADCAST', '{}', ?, 1, ?, ?, 'BULK', ?)",
                    status, ago(enqueuedDaysAgo), ago(enqueuedDaysAgo), id);
        }
        return id;
    }

    private int rowsOf(long broadcastId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE broadcast_id = ?", Integer.class,
                broadcastId);
        return n == null ? 0 : n;
    }

    @Test
    void itRunsEveryNightAtHalfPastThreeTehranTimeAndANightMissedIsNotCaughtUpInTheMorning() {
        CronTrigger cron = (CronTrigger) nightly;
        assertThat(cron.getCronExpression()).isEqualTo("0 30 3 * * ?");
        assertThat(cron.getTimeZone().getID()).isEqualTo("Asia/Tehran");
        assertThat(cron.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
    }

    private int othersRows(String table) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE id > 0", Integer.class);
        return n == null ? 0 : n;
    }

    private void update(long id, String status, int daysOld) {
        jdbc.update("INSERT INTO inbound_update (id, channel, update_id, chat_id, payload, status, attempts, received_at)"
                + " VALUES (?, 'TELEGRAM', ?, 1, '{}', ?, 1, ?)", id, id, status, ago(daysOld));
    }

    private void message(long id, String status, int daysOld, String dedupKey, Long broadcastId) {
        jdbc.update("INSERT INTO outbox_message (id, channel, chat_id, kind, dedup_key, body, status, attempts,"
                        + " not_before, created_at, lane, broadcast_id) VALUES (?, 'TELEGRAM', 1, 'TEST', ?, '{}', ?, 1, ?, ?, ?, ?)",
                id, dedupKey, status, ago(daysOld), ago(daysOld), broadcastId == null ? "DIRECT" : "BULK", broadcastId);
    }

    private static Timestamp ago(int days) {
        return Timestamp.from(DAY.minus(Duration.ofDays(days)));
    }

    private List<Long> ids(String table) {
        return jdbc.queryForList("SELECT id FROM " + table + " WHERE id < 0 ORDER BY id", Long.class);
    }
}
