package ir.kanoonyar.backoffice.bench;

import ir.kanoonyar.testsupport.CpuUse;
import ir.kanoonyar.testsupport.Profile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The back-office benchmark's open loop: page loads are offered at a fixed rate, each at its intended
 * time whether or not the earlier ones have been answered, and each load's latency is measured from
 * that intended time. A closed loop (each client waiting for its page before asking for the next) asks
 * less when the server slows, so its figures hide the queueing (coordinated omission); here a stall
 * shows in every load that should have gone out during it. Loads alternate between the inbox (one of
 * the benchmark's four filters) and a request page, spread over signed-in staff sessions (half county,
 * half province). A warm-up at the same rate (-Dbench.warmup seconds, default 5) is not counted.
 */
final class OpenLoop {

    private record Load(boolean inbox, long nanos, boolean ok) {
    }

    private final String base;
    private final List<HttpClient> sessions = new ArrayList<>();
    private final List<List<Long>> requestIds = new ArrayList<>();

    OpenLoop(int port, int staff, List<Long> countyIds, List<Long> provinceIds) throws Exception {
        this.base = "http://127.0.0.1:" + port;
        for (int i = 0; i < staff; i++) {
            boolean county = i % 2 == 0;
            sessions.add(InboxBenchmark.signIn(base, county ? "bench-county" : "bench-province"));
            requestIds.add(county ? countyIds : provinceIds);
        }
    }

    void run(long requests, double rate, int seconds, Path recording) throws Exception {
        int warmup = Integer.getInteger("bench.warmup", 5);
        if (warmup > 0) {
            offer(rate, warmup);
        }
        Queue<Load> loads;
        double elapsed;
        String cpuLine;
        try (Profile profile = Profile.start(recording)) {
            CpuUse cpu = CpuUse.start("http-nio");
            long started = System.nanoTime();
            loads = offer(rate, seconds);
            elapsed = (System.nanoTime() - started) / 1e9;
            cpuLine = cpu.perUnit(Math.max(1, loads.size()), "page (the client shares this JVM)");
        }
        List<Long> inbox = new ArrayList<>();
        List<Long> page = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        long offered = (long) (rate * seconds);
        int failed = (int) (offered - loads.size());
        int answered = 0;
        for (Load load : loads) {
            if (load.ok()) {
                answered++;
            } else {
                failed++;
            }
            (load.inbox() ? inbox : page).add(load.nanos());
            all.add(load.nanos());
        }
        double achieved = answered / elapsed;
        System.out.println();
        System.out.printf(Locale.ROOT, "=== Back-office open loop: %d requests in MariaDB, %.0f pages/s offered over %d "
                        + "signed-in staff sessions, %d s (after a %d s warm-up), %d cores; latency from the intended "
                        + "send time ===%n", requests, rate, sessions.size(), seconds, warmup,
                Runtime.getRuntime().availableProcessors());
        System.out.println(InboxBenchmark.line("inbox page", inbox, elapsed));
        System.out.println(InboxBenchmark.line("request page", page, elapsed));
        System.out.println(InboxBenchmark.line("all pages", all, elapsed));
        System.out.println(cpuLine);
        System.out.printf(Locale.ROOT, "all pages: offered %.1f/s, achieved %.1f/s (answered 200 until the last one came "
                + "back), %d failed or timed out%n", rate, achieved, failed);
        InboxBenchmark.result("backoffice.open.offered", rate, "pages/s");
        InboxBenchmark.result("backoffice.open.achieved", achieved, "pages/s");
        InboxBenchmark.result("backoffice.open.p50", InboxBenchmark.p(all, 50), "ms");
        InboxBenchmark.result("backoffice.open.p95", InboxBenchmark.p(all, 95), "ms");
        InboxBenchmark.result("backoffice.open.p99", InboxBenchmark.p(all, 99), "ms");
        InboxBenchmark.result("backoffice.open.failed", failed, "loads");
    }

    /** Sends rate × seconds loads at their intended times and waits for every answer (30 s at most each). */
    private Queue<Load> offer(double rate, int seconds) throws Exception {
        Queue<Load> loads = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long period = (long) (1e9 / rate);
        long count = (long) (rate * seconds);
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        for (long i = 0; i < count; i++) {
            long intended = start + i * period;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int n = next.getAndIncrement();
            int session = n % sessions.size();
            boolean inbox = (n / sessions.size()) % 2 == 0;
            List<Long> ids = requestIds.get(session);
            String url = inbox || ids.isEmpty() ? InboxBenchmark.inboxUrl(base)
                    : base + "/requests/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
            boolean isInbox = inbox || ids.isEmpty();
            pending.add(sessions.get(session).sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> loads.add(new Load(isInbox, System.nanoTime() - intended,
                            error == null && response.statusCode() == 200))));
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                    .get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // Answers still missing a minute after the last send count as failed (see run).
        }
        return loads;
    }
}
