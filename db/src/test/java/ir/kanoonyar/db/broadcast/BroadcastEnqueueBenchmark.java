package ir.kanoonyar.db.broadcast;

import java.time.Instant;
import java.util.Locale;

import ir.kanoonyar.testsupport.DbTestApplication;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test: prints figures and asserts none. Seeds 100,000 people of one province with a
 * Telegram chat each (-Dbench.recipients), then times counting the segment, enqueueing the broadcast
 * (one INSERT … SELECT writing a row per chat), running the enqueue again (every row already there) and
 * pausing and resuming it. MariaDB only (the seed uses its sequence engine). Run with
 * scripts/bench-broadcast.sh.
 */
@SpringBootTest(classes = DbTestApplication.class)
@Tag("benchmark")
class BroadcastEnqueueBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BroadcastAudience audience;
    @Autowired
    BroadcastDelivery delivery;
    @Autowired
    BroadcastRowMoves moves;
    @Autowired
    BroadcastRepository broadcasts;
    @Autowired
    TransactionTemplate tx;

    @Test
    void enqueueAHundredThousandRecipients() {
        int recipients = Integer.getInteger("bench.recipients", 100_000);
        int runs = Integer.getInteger("bench.runs", 3);
        long tehran = jdbc.queryForObject("SELECT id FROM province WHERE code = '23'", Long.class);
        long county = jdbc.queryForObject("SELECT id FROM county WHERE code = '2301'", Long.class);

        long start = System.nanoTime();
        jdbc.update("INSERT INTO person (national_code, first_name, last_name, province_id, county_id, registered_at,"
                + " created_at) SELECT CONCAT('B', LPAD(seq, 9, '0')), 'گیرنده', 'سنجش', ?, ?, NOW(6), NOW(6)"
                + " FROM seq_1_to_" + recipients, tehran, county);
        jdbc.update("INSERT INTO person_chat (person_id, channel, chat_id, created_at)"
                + " SELECT id, 'TELEGRAM', 7000000000 + id, NOW(6) FROM person WHERE national_code LIKE 'B%'");
        print("seeder: %,d people with a chat in %.1f s", recipients, seconds(start));

        Segment segment = new Segment(tehran, null, SegmentRole.EVERYONE, null, null);
        String text = "همکاران گرامی، نشست سراسری مدیران کانون‌های فرهنگی هنری مساجد استان روز پنجشنبه ساعت ۱۰ "
                + "در سالن همایش‌های ستاد برگزار می‌شود. حضور مدیران یا نمایندهٔ ایشان الزامی است.";
        for (int run = 1; run <= runs; run++) {
            start = System.nanoTime();
            BroadcastAudience.Reach reach = audience.count(segment);
            double counted = seconds(start);
            long id = tx.execute(s -> broadcasts.save(new Broadcast("bench", segment, text, null, Instant.now())).getId());
            start = System.nanoTime();
            delivery.enqueue(id);
            double enqueued = seconds(start);
            start = System.nanoTime();
            Integer again = tx.execute(s -> audience.enqueue(id, segment, "{}", Instant.now()));
            double rerun = seconds(start);
            // What the staff member waits for (the status), then the move behind it, as the back-office's
            // job runs it right after.
            start = System.nanoTime();
            delivery.pause(id);
            double paused = seconds(start);
            int held = moves.finish(id);
            double heldAfter = seconds(start);
            start = System.nanoTime();
            delivery.resume(id);
            double resumed = seconds(start);
            int released = moves.finish(id);
            double releasedAfter = seconds(start);
            start = System.nanoTime();
            BroadcastProgress progress = delivery.progress(id);
            double progressed = seconds(start);
            print("run %d: count %,d chats in %.2f s | enqueue %,d rows in %.2f s (%,.0f rows/s) | re-run wrote %d in"
                            + " %.2f s | pause waits %.3f s, %,d rows HELD after %.2f s | resume waits %.3f s, %,d rows"
                            + " PENDING after %.2f s | progress %.3f s", run, reach.chats(), counted,
                    broadcasts.findById(id).orElseThrow().getRecipients(), enqueued,
                    reach.chats() / enqueued, again, rerun, paused, held, heldAfter, resumed, released, releasedAfter,
                    progressed);
            // Out of the way of the next run's sender-less queue.
            delivery.cancel(id);
            moves.finish(id);
            if (progress.total() != reach.chats()) {
                print("note: progress counted %,d rows", progress.total());
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void print(String format, Object... args) {
        System.out.println("=== " + String.format(Locale.ROOT, format, args));
    }
}
