package ir.kanoonyar.backoffice.bench;

import ir.kanoonyar.testsupport.Profile;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

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
 * Benchmark, not a test: prints figures and asserts none. Seeds MariaDB at national scale, then 20
 * signed-in staff (half of them Tehran county staff, half Tehran province staff: the busiest
 * province) load the inbox and request pages concurrently over HTTP (closed loop: each waits for its page
 * before the next). With -Dbench.rate=R the pages are instead offered at R a second whatever the answers
 * do (open loop, {@link OpenLoop}). Run with scripts/bench-backoffice.sh (-Dbench.seconds, -Dbench.staff,
 * -Dbench.rate, -Dbench.warmup, -Dbench.jfr, -Dbench.seed=false).
 */
@Tag("benchmark")
class InboxBenchmark {

    private static final String[] FILTERS = {"", "?overdue=true", "?type=SERVICE_REQUEST",
            "?q=" + URLEncoder.encode("نام1", StandardCharsets.UTF_8)};

    @Test
    void inboxAndRequestPagesAtNationalScale() throws Exception {
        int staff = Integer.getInteger("bench.staff", 20);
        int seconds = Integer.getInteger("bench.seconds", 30);
        double rate = Double.parseDouble(System.getProperty("bench.rate", "0"));
        SpringApplication app = new SpringApplication(BackofficeApplication.class);
        String[] args = TestDatabase.mariaDbArguments("--server.port=0",
                "--spring.quartz.auto-startup=false", "--logging.level.root=WARN");
        try (ConfigurableApplicationContext context = app.run(args)) {
            // -Dbench.seed=false takes the database as it is (one seeded another way, or in part).
            if (Boolean.parseBoolean(System.getProperty("bench.seed", "true"))) {
                NationalScaleSeeder.seed(context.getBean(DataSource.class));
            }
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long tehranProvince = jdbc.queryForObject("SELECT id FROM province WHERE code = '23'", Long.class);
            long tehranCounty = jdbc.queryForObject("SELECT id FROM county WHERE code = '2301'", Long.class);
            accounts(context, tehranProvince, tehranCounty);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            List<Long> countyIds = jdbc.queryForList("SELECT id FROM request WHERE status = 'COUNTY_REVIEW' "
                    + "AND county_id = ? LIMIT 500", Long.class, tehranCounty);
            List<Long> provinceIds = jdbc.queryForList("SELECT id FROM request WHERE status = 'PROVINCE_REVIEW' "
                    + "AND province_id = ? LIMIT 500", Long.class, tehranProvince);
            long requests = jdbc.queryForObject("SELECT COUNT(*) FROM request", Long.class);

            if (rate > 0) {
                new OpenLoop(port, staff, countyIds, provinceIds).run(requests, rate, seconds, Profile.requestedFile());
            } else {
                closedLoop(port, staff, countyIds, provinceIds, requests, seconds);
            }
        }
    }

    /** 20 staff each load a page, wait for it, and load the next: the figures include their queueing. */
    private static void closedLoop(int port, int staff, List<Long> countyIds, List<Long> provinceIds, long requests,
                                   int seconds) throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < staff; i++) {
            users.add(i % 2 == 0 ? "bench-county" : "bench-province");
        }
        String base = "http://127.0.0.1:" + port;
        StaffLoop.Window window = StaffLoop.run(base, users,
                (i, http, end) -> work(base, http, i % 2 == 0 ? countyIds : provinceIds, end), seconds);
        List<Long> inbox = window.of("inbox");
        List<Long> page = window.of("request");
        double elapsed = window.seconds();
        System.out.println();
        System.out.printf(Locale.ROOT, "=== Back-office benchmark: %d requests in MariaDB, %d signed-in staff, %.0f s, "
                + "%d cores ===%n", requests, staff, elapsed, Runtime.getRuntime().availableProcessors());
        System.out.println(line("inbox page", inbox, elapsed));
        System.out.println(line("request page", page, elapsed));
        System.out.println(window.cpuPerPage());
        double perSecond = (inbox.size() + page.size()) / elapsed;
        System.out.printf(Locale.ROOT, "all pages: %.1f requests/s%n", perSecond);
        result("backoffice.closed.inbox.p95", p(inbox, 95), "ms");
        result("backoffice.closed.request.p95", p(page, 95), "ms");
        result("backoffice.closed.pages", perSecond, "pages/s");
    }

    /** A machine-readable summary line that scripts/bench-all.sh collects into its table. */
    static void result(String name, double value, String unit) {
        System.out.printf(Locale.ROOT, "RESULT %s=%.1f %s%n", name, value, unit);
    }


    private static void accounts(ConfigurableApplicationContext context, long province, long county) {
        StaffAccountRepository accounts = context.getBean(StaffAccountRepository.class);
        PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
        if (accounts.findByUsername("bench-county").isEmpty()) {
            accounts.save(StaffAccount.county("bench-county", encoder.encode("bench-password-123"), "بنچ شهرستان",
                    province, county, "bench", Instant.now()));
        }
        if (accounts.findByUsername("bench-province").isEmpty()) {
            accounts.save(StaffAccount.province("bench-province", encoder.encode("bench-password-123"), "بنچ استان",
                    province, "bench", Instant.now()));
        }
    }

    /** Signs one staff member in on a client of its own (its own session cookie). */
    static HttpClient signIn(String base, String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        csrf.find();
        http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=bench-password-123&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        return http;
    }

    /** The inbox with one of the benchmark's four filters, picked at random. */
    static String inboxUrl(String base) {
        return base + "/inbox" + FILTERS[ThreadLocalRandom.current().nextInt(FILTERS.length)];
    }

    /** One signed-in staff member: opens the inbox (a random page filter) and a request, until the end. */
    private static Map<String, List<Long>> work(String base, HttpClient http, List<Long> ids, long end)
            throws Exception {
        List<Long> inbox = new ArrayList<>();
        List<Long> page = new ArrayList<>();
        while (System.nanoTime() < end) {
            inbox.add(timed(http, inboxUrl(base)));
            if (!ids.isEmpty()) {
                page.add(timed(http, base + "/requests/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size()))));
            }
        }
        return Map.of("inbox", inbox, "request", page);
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

    static String line(String name, List<Long> nanos, double elapsed) {
        Collections.sort(nanos);
        return String.format(Locale.ROOT, "%-13s %6d loads, %6.1f/s; p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms", name,
                nanos.size(), nanos.size() / elapsed, p(nanos, 50), p(nanos, 95), p(nanos, 99));
    }

    static double p(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
