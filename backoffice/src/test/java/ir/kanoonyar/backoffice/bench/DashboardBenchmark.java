package ir.kanoonyar.backoffice.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ir.kanoonyar.backoffice.BackofficeApplication;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Benchmark, not a test: prints figures and asserts none. Runs on the database the indicators
 * benchmark seeded and rolled up (scripts/bench-indicators.sh: 26,000 kanoons, about 2 million
 * reports); it seeds nothing but two staff accounts. 20 signed-in staff (half national admins, half
 * staff of the province with the most kanoons) load the dashboard home page and its current-season
 * variant in turn over HTTP for a fixed time. Run with scripts/bench-dashboard.sh
 * (-Dbench.seconds, default 30; -Dbench.staff, default 20).
 */
@Tag("benchmark")
class DashboardBenchmark {

    private static final String PASSWORD = "bench-password-123";
    private static final String HOME = "/";
    private static final String SEASON = "/?kind=SEASON";
    private static final Map<String, Integer> PAGE_SIZES = new ConcurrentHashMap<>();

    @Test
    void dashboardAtNationalScale() throws Exception {
        int staff = Integer.getInteger("bench.staff", 20);
        int seconds = Integer.getInteger("bench.seconds", 30);
        SpringApplication app = new SpringApplication(BackofficeApplication.class);
        // out-of-order: the database may have been seeded by an older checkout that lacked a migration
        // numbered below its newest one (the indicators benchmark's database predates V40-V49).
        String[] args = TestDatabase.mariaDbArguments("--server.port=0", "--spring.flyway.out-of-order=true",
                "--spring.quartz.auto-startup=false", "--logging.level.root=WARN");
        try (ConfigurableApplicationContext context = app.run(args)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long kanoons = jdbc.queryForObject("SELECT COUNT(*) FROM kanoon", Long.class);
            long reports = jdbc.queryForObject("SELECT COUNT(*) FROM activity_report", Long.class);
            long rolledUp = jdbc.queryForObject("SELECT COUNT(DISTINCT month_key) FROM region_month_figures", Long.class);
            long province = jdbc.queryForObject("SELECT province_id FROM kanoon GROUP BY province_id "
                    + "ORDER BY COUNT(*) DESC, province_id LIMIT 1", Long.class);
            String provinceName = jdbc.queryForObject("SELECT name FROM province WHERE id = ?", String.class, province);
            long provinceKanoons = jdbc.queryForObject("SELECT COUNT(*) FROM kanoon WHERE province_id = ?", Long.class,
                    province);
            accounts(context, province);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));

            List<String> users = new ArrayList<>();
            for (int i = 0; i < staff; i++) {
                users.add(i % 2 == 0 ? "bench-national" : "bench-province");
            }
            String base = "http://127.0.0.1:" + port;
            StaffLoop.Window window = StaffLoop.run(base, users,
                    (i, http, end) -> work(base, http, users.get(i), end), seconds);
            Map<String, List<Long>> national = Map.of(HOME, window.of("bench-national" + HOME),
                    SEASON, window.of("bench-national" + SEASON));
            Map<String, List<Long>> provincial = Map.of(HOME, window.of("bench-province" + HOME),
                    SEASON, window.of("bench-province" + SEASON));
            double elapsed = window.seconds();
            String cpuLine = window.cpuPerPage();
            int nationals = (staff + 1) / 2;
            System.out.println();
            System.out.printf(Locale.ROOT, "=== Dashboard benchmark: %,d kanoons, %,d reports, %d months rolled up, "
                            + "%d signed-in staff (%d national, %d of %s: %,d kanoons), %.0f s, %d cores ===%n",
                    kanoons, reports, rolledUp, staff, nationals, staff - nationals, provinceName,
                    provinceKanoons, elapsed, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "=== dashboard page size: national %,d bytes, province %,d bytes ===%n",
                    PAGE_SIZES.getOrDefault("bench-national", 0), PAGE_SIZES.getOrDefault("bench-province", 0));
            System.out.println(line("national  /", national.get(HOME), elapsed));
            System.out.println(line("national  season", national.get(SEASON), elapsed));
            System.out.println(line("national  both", both(national), elapsed));
            System.out.println(line("province  /", provincial.get(HOME), elapsed));
            System.out.println(line("province  season", provincial.get(SEASON), elapsed));
            System.out.println(line("province  both", both(provincial), elapsed));
            List<Long> all = both(national);
            all.addAll(both(provincial));
            System.out.println(line("all pages", all, elapsed));
            System.out.println(cpuLine);
        }
    }

    private static void accounts(ConfigurableApplicationContext context, long province) {
        StaffAccountRepository accounts = context.getBean(StaffAccountRepository.class);
        PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
        if (accounts.findByUsername("bench-national").isEmpty()) {
            accounts.save(StaffAccount.national("bench-national", encoder.encode(PASSWORD), "بنچ ملی", "bench",
                    Instant.now()));
        }
        if (accounts.findByUsername("bench-province").isEmpty()) {
            accounts.save(StaffAccount.province("bench-province", encoder.encode(PASSWORD), "بنچ استان", province,
                    "bench", Instant.now()));
        }
    }

    private static List<Long> both(Map<String, List<Long>> pages) {
        List<Long> all = new ArrayList<>(pages.get(HOME));
        all.addAll(pages.get(SEASON));
        return all;
    }

    /** One signed-in staff member: opens the dashboard and its season variant in turn, until the end. */
    private static Map<String, List<Long>> work(String base, HttpClient http, String user, long end) throws Exception {
        if (PAGE_SIZES.putIfAbsent(user, -1) == null) {
            PAGE_SIZES.put(user, http.send(HttpRequest.newBuilder(URI.create(base + HOME)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body().length);
        }
        List<Long> home = new ArrayList<>();
        List<Long> season = new ArrayList<>();
        while (System.nanoTime() < end) {
            home.add(timed(http, base + HOME));
            if (System.nanoTime() < end) {
                season.add(timed(http, base + SEASON));
            }
        }
        return Map.of(user + HOME, home, user + SEASON, season);
    }

    private static long timed(HttpClient http, String url) throws Exception {
        long start = System.nanoTime();
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return System.nanoTime() - start;
    }

    private static String line(String name, List<Long> nanos, double elapsed) {
        Collections.sort(nanos);
        if (nanos.isEmpty()) {
            return String.format(Locale.ROOT, "%-17s no loads", name);
        }
        return String.format(Locale.ROOT, "%-17s %6d loads, %6.1f/s; p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms", name,
                nanos.size(), nanos.size() / elapsed, p(nanos, 50), p(nanos, 95), p(nanos, 99));
    }

    private static double p(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
