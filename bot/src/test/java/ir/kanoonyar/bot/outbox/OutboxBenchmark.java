package ir.kanoonyar.bot.outbox;

import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import ir.kanoonyar.bot.BotApplication;
import ir.kanoonyar.bot.fakeapi.FakeBotApi;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.person.Channel;
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
 * Benchmark, not a test: prints figures and asserts none (its tag keeps it out of the normal test
 * run). A broadcast of N BULK rows on MariaDB drained by the app's real outbox sender through the real
 * TelegramBots client into the fake Bot API, at the default 30 msg/s and at 1,000 msg/s (Telegram's
 * paid broadcast ceiling), while a manager's reply (a DIRECT row) is queued every 200 ms. Prints the
 * delivery rate, enqueue-to-SENT percentiles for the broadcast rows and the replies, and CPU: the
 * sender's own threads, the whole test JVM (sender, fake Bot API, Spring) and the MariaDB server.
 * Run with scripts/bench-outbox.sh (-Dbench.slowRows, -Dbench.fastRows, -Dbench.workers).
 */
@SpringBootTest(classes = BotApplication.class, properties = {"kanoonyar.outbox.enabled=false",
        "kanoonyar.inbox.enabled=false", "logging.level.root=WARN"})
@Import(CleanSchemaFirst.class)
@Tag("benchmark")
class OutboxBenchmark {

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

    @Test
    void broadcastAtThirtyAndAtOneThousandPerSecond() throws Exception {
        int slowRows = Integer.getInteger("bench.slowRows", 1_500);
        int fastRows = Integer.getInteger("bench.fastRows", 20_000);
        int workers = Integer.getInteger("bench.workers", OutboxSettings.defaults().workers());
        List<String> lines = new ArrayList<>();
        // Warm-up, not printed: the first sends load and compile the HTTP client's and JSON code paths,
        // which on a busy machine holds the first seconds of a run up.
        run(1000, 500, workers, 9);
        lines.add(run(30, slowRows, workers, 1));
        lines.add(run(1000, fastRows, workers, 2));
        System.out.println();
        System.out.println("=== Kanoonyar outbox benchmark: BULK rows to distinct chats, real sender + TelegramBots "
                + "client -> fake Bot API, MariaDB, " + workers + " workers, "
                + Runtime.getRuntime().availableProcessors() + " cores ===");
        lines.forEach(System.out::println);
    }

    private String run(double rate, int count, int workers, long broadcastId) throws Exception {
        jdbc.update("DELETE FROM outbox_message");
        LiveOutbox live = new LiveOutbox(rows, chats, transactions, jdbc);
        try (FakeBotApi api = new FakeBotApi().start()) {
            long firstChat = 900_000_000L + broadcastId * 1_000_000L;
            live.enqueueBroadcast(broadcastId, firstChat, count, "اطلاعیهٔ سراسری");
            OutboxSettings settings = new OutboxSettings(true, rate, 1, 50, Duration.ofMillis(500), 10,
                    Duration.ofMinutes(2), Duration.ofSeconds(10), Duration.ofMinutes(10), workers,
                    OutboxSettings.defaults().chatBurst());
            Cpu cpu = Cpu.now();
            long start = System.nanoTime();
            OutboxLoop loop = live.start(api, settings);
            AtomicBoolean replying = new AtomicBoolean(true);
            Thread manager = new Thread(() -> queueReplies(replying), "bench-manager");
            manager.start();
            int delivered;
            long elapsed;
            Cpu used;
            try {
                List<ir.kanoonyar.bot.fakeapi.SentMessage> sent = await().forever().pollInterval(Duration.ofMillis(20))
                        .until(api::sentMessages, all -> all.stream().filter(m -> m.chatId() >= firstChat).count() >= count);
                elapsed = System.nanoTime() - start;
                used = Cpu.now().minus(cpu);
                delivered = sent.size();
            } finally {
                replying.set(false);
                manager.join();
                live.awaitDrained(Duration.ofMinutes(2));
                loop.stop();
            }
            List<Long> bulk = latencies("BULK");
            List<Long> direct = latencies("DIRECT");
            List<Long> directClaimed = latencies("DIRECT", "created_at", "claimed_at");
            if (Boolean.getBoolean("bench.slowest")) {
                jdbc.query("SELECT id, TIMESTAMPDIFF(MICROSECOND, created_at, claimed_at) DIV 1000, "
                        + "TIMESTAMPDIFF(MICROSECOND, claimed_at, sent_at) DIV 1000, attempts, created_at FROM outbox_message "
                        + "WHERE lane = 'DIRECT' ORDER BY TIMESTAMPDIFF(MICROSECOND, created_at, sent_at) DESC LIMIT 12",
                        rs -> {
                            System.out.println("slowest reply: id " + rs.getLong(1) + " created->claimed " + rs.getLong(2)
                                    + " ms, claimed->sent " + rs.getLong(3) + " ms, attempts " + rs.getInt(4)
                                    + ", created " + rs.getString(5));
                        });
            }
            double seconds = elapsed / 1e9;
            return String.format(Locale.ROOT, "limit %5.0f msg/s: %6d messages (broadcast + replies) in %6.1f s = "
                            + "%6.1f msg/s; enqueue->SENT "
                            + "broadcast p50 %7.0f ms p95 %7.0f ms, replies during it (%d) p50 %4.0f ms p95 %4.0f ms "
                            + "(enqueue->claimed p50 %4.0f ms p95 %4.0f ms); "
                            + "CPU %% of one core: sender threads %5.1f, test JVM %5.1f, MariaDB %5.1f",
                    rate, delivered, seconds, delivered / seconds, p(bulk, 50), p(bulk, 95),
                    direct.size(), p(direct, 50), p(direct, 95), p(directClaimed, 50), p(directClaimed, 95), used.senderPercent(elapsed),
                    used.processPercent(elapsed), used.databasePercent(elapsed));
        }
    }

    /** A manager's reply every 200 ms while the broadcast goes out, each to a chat of its own. */
    private void queueReplies(AtomicBoolean replying) {
        long chat = 700_000_000L;
        while (replying.get()) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            rows.save(OutboxMessage.text(Channel.TELEGRAM, chat++, null, "REPLY", null, "پاسخ", now, now));
            try {
                // Pacing, not waiting for anything: one reply every 200 ms.
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private List<Long> latencies(String lane) {
        return latencies(lane, "created_at", "sent_at");
    }

    private List<Long> latencies(String lane, String from, String to) {
        List<Long> millis = new ArrayList<>(jdbc.queryForList(
                "SELECT TIMESTAMPDIFF(MICROSECOND, " + from + ", " + to + ") DIV 1000 FROM outbox_message "
                        + "WHERE status = 'SENT' AND lane = ?", Long.class, lane));
        Collections.sort(millis);
        return millis;
    }

    private static double p(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    /** CPU time used so far, in nanoseconds: the sender's threads, this JVM, the MariaDB server. */
    private record Cpu(Map<Long, Long> senderThreads, long sender, long process, long database) {

        static Cpu now() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Map<Long, Long> senderThreads = new HashMap<>();
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null && info.getThreadName().startsWith("outbox-")) {
                    senderThreads.put(info.getThreadId(), Math.max(0, threads.getThreadCpuTime(info.getThreadId())));
                }
            }
            long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            return new Cpu(senderThreads, 0, process, mariaDbCpuNanos());
        }

        /** What was used since the earlier reading; sender threads of earlier runs count only their change. */
        Cpu minus(Cpu earlier) {
            long sender = 0;
            for (Map.Entry<Long, Long> thread : senderThreads.entrySet()) {
                sender += thread.getValue() - earlier.senderThreads.getOrDefault(thread.getKey(), 0L);
            }
            return new Cpu(Map.of(), sender, process - earlier.process, database - earlier.database);
        }

        double senderPercent(long wallNanos) {
            return 100.0 * sender / wallNanos;
        }

        double processPercent(long wallNanos) {
            return 100.0 * process / wallNanos;
        }

        double databasePercent(long wallNanos) {
            return database < 0 ? Double.NaN : 100.0 * database / wallNanos;
        }

        /** utime + stime of the mariadbd process from /proc, or -1 where it cannot be read. */
        private static long mariaDbCpuNanos() {
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    String comm;
                    try {
                        comm = Files.readString(proc.resolve("comm")).trim();
                    } catch (Exception e) {
                        continue;
                    }
                    if (comm.equals("mariadbd") || comm.equals("mysqld")) {
                        String stat = Files.readString(proc.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
                    }
                }
            } catch (Exception e) {
                return -1;
            }
            return -1;
        }
    }
}
