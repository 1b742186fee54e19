package ir.kanoonyar.bot.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;

import ir.kanoonyar.bot.e2e.BenchAccess;
import ir.kanoonyar.bot.fakeapi.FakeBotApi;
import ir.kanoonyar.bot.fakeapi.SentMessage;
import ir.kanoonyar.testsupport.CpuUse;
import ir.kanoonyar.testsupport.Profile;
import ir.kanoonyar.testsupport.RandomPeople;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Benchmark, not a test: prints figures and asserts none. Simulated people complete the manager
 * registration concurrently through the real TelegramBots client, the fake Bot API and MariaDB; the
 * same harness against a bare echo bot (TelegramBots long polling, no database) gives the floor.
 * Each side first runs one unmeasured round with other people (-Dbench.warmup=0 leaves it out): a bot
 * runs for days, so the figures are of a warmed JVM, not of its first compilations. Run with
 * scripts/bench.sh (-Dbench.users, -Dbench.ratePerBot, -Dbench.warmup, -Dbench.jfr=FILE records the
 * measured registration round).
 */
@Tag("benchmark")
class RegistrationBenchmark {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final int WARMUP = Integer.getInteger("bench.warmup", 1);

    @Test
    void registrationAgainstTheEchoFloor() throws Exception {
        int users = Integer.getInteger("bench.users", 40);
        String ratePerBot = System.getProperty("bench.ratePerBot", "1000");
        Result echo = echoFloor(users);
        Result kanoonyar = kanoonyar(users, ratePerBot);
        System.out.println();
        System.out.println("=== Kanoonyar bot benchmark: " + users + " people registering at once, "
                + "outbox limit " + ratePerBot + " msg/s per bot, " + Runtime.getRuntime().availableProcessors()
                + " cores ===");
        System.out.println(echo.line("echo bot (floor)"));
        System.out.println(kanoonyar.line("kanoonyar registration"));
        System.out.printf(Locale.ROOT, "ratio kanoonyar/echo: throughput %.2f, p50 %.1fx, p95 %.1fx, p99 %.1fx%n",
                kanoonyar.perSecond() / echo.perSecond(), kanoonyar.p(50) / echo.p(50), kanoonyar.p(95) / echo.p(95),
                kanoonyar.p(99) / echo.p(99));
    }

    private Result kanoonyar(int users, String ratePerBot) throws Exception {
        try (FakeBotApi api = new FakeBotApi().freshUpdateIds().longPollCap(Duration.ofMillis(500)).start();
             AutoCloseable bot = BenchAccess.startBot(api, Map.of(
                     "kanoonyar.outbox.rate-per-bot", ratePerBot,
                     "kanoonyar.outbox.rate-per-chat", "1000",
                     "logging.level.root", "WARN"))) {
            for (int round = 0; round < WARMUP; round++) {
                run(users, user -> register(api, user));
            }
            try (Profile profile = Profile.start(Profile.requestedFile())) {
                CpuUse cpu = CpuUse.start("inbox-", "outbox-", "long-poll-", "OkHttp");
                Result result = run(users, user -> register(api, user));
                System.out.println(cpu.perUnit(result.sorted().size(), "update"));
                return result;
            }
        }
    }

    private Result echoFloor(int users) throws Exception {
        try (FakeBotApi api = new FakeBotApi().freshUpdateIds().longPollCap(Duration.ofMillis(500)).start()) {
            TelegramUrl url = new TelegramUrl("http", "127.0.0.1", api.port(), false);
            OkHttpTelegramClient client = new OkHttpTelegramClient(api.token(), url);
            try (TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication()) {
                app.registerBot(api.token(), () -> url, new DefaultGetUpdatesGenerator(), updates -> {
                    for (Update u : updates) {
                        if (u.hasMessage()) {
                            try {
                                client.execute(new SendMessage(String.valueOf(u.getMessage().getChatId()), "echo"));
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }
                });
                Person person = user -> {
                    List<Long> latencies = new ArrayList<>();
                    for (int i = 0; i < 13; i++) {
                        long start = System.nanoTime();
                        int id = api.sendText(user, "پیام " + i);
                        api.awaitReplyTo(id, PATIENCE);
                        latencies.add(System.nanoTime() - start);
                    }
                    return latencies;
                };
                for (int round = 0; round < WARMUP; round++) {
                    run(users, person);
                }
                CpuUse cpu = CpuUse.start("long-poll-", "OkHttp");
                Result result = run(users, person);
                System.out.println(cpu.perUnit(result.sorted().size(), "echo update"));
                return result;
            }
        }
    }

    /** One person's registration, 13 updates; returns the time from each update to its last reply. */
    private static List<Long> register(FakeBotApi api, long user) {
        List<Long> latencies = new ArrayList<>();
        String code = RandomPeople.nationalCode();
        Step step = new Step(api, user, latencies);
        step.expect(() -> api.sendCommand(user, "/start", null), "چه کاری می‌خواهید");
        step.expect(() -> api.sendText(user, "ثبت‌نام مدیر"), "نام خود را بنویسید");
        step.expect(() -> api.sendText(user, "علی"), "نام خانوادگی");
        step.expect(() -> api.sendText(user, "رضایی"), "کد ملی");
        step.expect(() -> api.sendText(user, code), "شمارهٔ همراه خود");
        step.expect(() -> api.shareContact(user, "0912" + code.substring(3), user), "تاریخ تولد");
        SentMessage gender = step.expect(() -> api.sendText(user, "1378/02/11"), "جنسیت");
        SentMessage education = step.expect(() -> api.pressButton(user, gender, "زن"), "مدرک تحصیلی");
        step.expect(() -> api.pressButton(user, education, "کارشناسی"), "نام استان");
        step.expect(() -> api.sendText(user, "مرکزی"), "شهرستان");
        step.expect(() -> api.sendText(user, "اراک"), "نشانی");
        SentMessage summary = step.expect(() -> api.sendText(user, "اراک، خیابان شهید بهشتی"), "خلاصه");
        step.expect(() -> api.pressButton(user, summary, "تأیید و ارسال"), "چه کاری می‌خواهید");
        return latencies;
    }

    private record Step(FakeBotApi api, long user, List<Long> latencies) {
        SentMessage expect(IntSupplier send, String text) {
            long start = System.nanoTime();
            int id = send.getAsInt();
            SentMessage reply = api.awaitReplyTo(id, m -> m.text() != null && m.text().contains(text), PATIENCE);
            latencies.add(System.nanoTime() - start);
            return reply;
        }
    }


    private interface Person {
        List<Long> talk(long userId) throws Exception;
    }

    private static Result run(int users, Person person) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long first = 500_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
        long start = System.nanoTime();
        List<Future<List<Long>>> all = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            long user = first + i;
            all.add(pool.submit(() -> person.talk(user)));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<List<Long>> f : all) {
            latencies.addAll(f.get());
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        Collections.sort(latencies);
        return new Result(latencies, elapsed);
    }

    private record Result(List<Long> sorted, long elapsedNanos) {
        double perSecond() {
            return sorted.size() / (elapsedNanos / 1e9);
        }

        double p(int percentile) {
            int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-24s %5d updates in %6.2f s = %7.1f updates/s; update to reply "
                            + "p50 %7.1f ms, p95 %7.1f ms, p99 %7.1f ms", name, sorted.size(), elapsedNanos / 1e9,
                    perSecond(), p(50), p(95), p(99));
        }
    }

}
