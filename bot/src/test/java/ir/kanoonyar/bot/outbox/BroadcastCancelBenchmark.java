package ir.kanoonyar.bot.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ir.kanoonyar.bot.BotApplication;
import ir.kanoonyar.bot.fakeapi.FakeBotApi;
import ir.kanoonyar.db.broadcast.BroadcastDelivery;
import ir.kanoonyar.db.broadcast.BroadcastRowMoves;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Benchmark, not a test: prints figures and asserts none. How many messages of a 100,000-recipient
 * broadcast still reach people after a staff member presses «لغو»: while the cancel moves the waiting
 * rows (one long statement) and after it. The real sender sends through the real TelegramBots client
 * into the fake Bot API, on MariaDB, at 30 and at 1,000 msg/s. MariaDB only (the seed uses its
 * sequence engine). Run with scripts/bench-outbox.sh -Dtest=BroadcastCancelBenchmark.
 */
@SpringBootTest(classes = BotApplication.class, properties = {"kanoonyar.outbox.enabled=false",
        "kanoonyar.inbox.enabled=false", "logging.level.root=WARN"})
@Import(CleanSchemaFirst.class)
@Tag("benchmark")
class BroadcastCancelBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @Autowired
    OutboxMessageRepository rows;
    @Autowired
    PersonChatRepository chats;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BroadcastDelivery delivery;
    @Autowired
    BroadcastRowMoves moves;

    @Test
    void sentAfterCancelIsPressed() throws Exception {
        int recipients = Integer.getInteger("bench.recipients", 100_000);
        List<String> lines = new ArrayList<>();
        lines.add(run(30, recipients));
        lines.add(run(1000, recipients));
        System.out.println();
        System.out.println("=== Kanoonyar broadcast cancel benchmark: " + recipients + " recipients, real sender + "
                + "TelegramBots client -> fake Bot API, MariaDB, " + Runtime.getRuntime().availableProcessors()
                + " cores ===");
        lines.forEach(System.out::println);
    }

    private String run(double rate, int recipients) throws Exception {
        jdbc.update("DELETE FROM outbox_message");
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO broadcast (created_by, segment_role, text, status, recipients, created_at, enqueued_at)"
                + " VALUES ('bench', 'EVERYONE', 'خبر', 'SENDING', ?, ?, ?)", recipients, now, now);
        long id = jdbc.queryForObject("SELECT MAX(id) FROM broadcast", Long.class);
        long firstChat = 800_000_000L + id * 1_000_000L;
        jdbc.update("INSERT INTO outbox_message (channel, chat_id, kind, body, status, attempts, not_before, created_at,"
                + " lane, broadcast_id) SELECT 'TELEGRAM', ? + seq, 'BROADCAST', ?, 'PENDING', 0, ?, ?, 'BULK', ?"
                + " FROM seq_0_to_" + (recipients - 1), firstChat, OutboxMessage.textBody("اطلاعیهٔ سراسری"), now, now, id);
        LiveOutbox live = new LiveOutbox(rows, chats, transactions, jdbc);
        try (FakeBotApi api = new FakeBotApi().start()) {
            OutboxLoop loop = live.start(api, new OutboxSettings(true, rate, 1, 50, Duration.ofMillis(500), 10,
                    Duration.ofMinutes(2), Duration.ofSeconds(10), Duration.ofMinutes(10),
                    OutboxSettings.defaults().workers(), OutboxSettings.defaults().chatBurst()));
            try {
                // Deliberately lets the broadcast run for 4 s before the cancel, as a staff member would.
                Thread.sleep(4_000);
                long pressed = api.sentMessages().size();
                long start = System.nanoTime();
                delivery.cancel(id);
                // The back-office's job moves the rows right after the status commits.
                moves.finish(id);
                double cancelSeconds = (System.nanoTime() - start) / 1e9;
                long moved = api.sentMessages().size();
                // Deliberately lets 5 s pass: what is measured is what still goes out in them.
                Thread.sleep(5_000);
                long after = api.sentMessages().size();
                return String.format(Locale.ROOT, "limit %5.0f msg/s: cancel and its move took %4.1f s; sent after it was pressed: "
                        + "%5d while it moved the rows, %4d after, %5d in all (%d before it)", rate, cancelSeconds,
                        moved - pressed, after - moved, after - pressed, pressed);
            } finally {
                loop.stop();
            }
        }
    }
}
