package ir.kanoonyar.backoffice.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ir.kanoonyar.testsupport.CpuUse;
import ir.kanoonyar.testsupport.Profile;

/**
 * The closed loop the staff-page benchmarks share: every member signs in first, one after the other and
 * outside the window (a sign-in is a deliberate bcrypt of a quarter second: twenty of them at once took
 * most of a 20-second window), then all load pages for -Dbench.warmup seconds (5) unmeasured, so the
 * JIT has compiled the pages, then for the measured window, which -Dbench.jfr records.
 */
final class StaffLoop {

    /** One member's work: loads pages until {@code end}; returns each kind of page's load times. */
    interface Member {
        Map<String, List<Long>> work(int index, HttpClient http, long end) throws Exception;
    }

    /** The measured window: every kind's load times (nanoseconds), its length and its CPU per page. */
    record Window(Map<String, List<Long>> pages, double seconds, String cpuPerPage) {
        List<Long> of(String kind) {
            return pages.getOrDefault(kind, new ArrayList<>());
        }
    }

    private StaffLoop() {
    }

    static Window run(String base, List<String> users, Member member, int seconds) throws Exception {
        List<HttpClient> sessions = new ArrayList<>();
        for (String user : users) {
            sessions.add(InboxBenchmark.signIn(base, user));
        }
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            int warmup = Integer.getInteger("bench.warmup", 5);
            if (warmup > 0) {
                window(pool, sessions, member, warmup);
            }
            try (Profile profile = Profile.start(Profile.requestedFile())) {
                CpuUse cpu = CpuUse.start("http-nio");
                long started = System.nanoTime();
                Map<String, List<Long>> pages = window(pool, sessions, member, seconds);
                double elapsed = (System.nanoTime() - started) / 1e9;
                int loads = pages.values().stream().mapToInt(List::size).sum();
                return new Window(pages, elapsed,
                        cpu.perUnit(Math.max(1, loads), "page (the staff's clients share this JVM)"));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Map<String, List<Long>> window(ExecutorService pool, List<HttpClient> sessions, Member member,
                                                  int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<Map<String, List<Long>>>> results = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            int index = i;
            results.add(pool.submit(() -> member.work(index, sessions.get(index), end)));
        }
        Map<String, List<Long>> pages = new HashMap<>();
        for (Future<Map<String, List<Long>>> f : results) {
            f.get().forEach((kind, nanos) -> pages.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(nanos));
        }
        return pages;
    }
}
