package ir.kanoonyar.backoffice.bench;

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

import javax.sql.DataSource;

import ir.kanoonyar.backoffice.BackofficeApplication;
import ir.kanoonyar.db.persian.PersianText;
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
 * Benchmark, not a test: prints figures and asserts none. On the national-scale data of
 * {@link NationalScaleSeeder} (1,000,000 requests), 20 signed-in staff (half Tehran county staff, half
 * Tehran province staff) each open in turn the inbox's "all requests of my region" view (first page in
 * a random order among the sortable columns, or a later page) and a search (a tracking code typed in
 * Persian digits without dashes, or part of an applicant's or mosque's name), over HTTP. Run with
 * scripts/bench-inbox.sh (-Dbench.seconds, -Dbench.staff).
 */
@Tag("benchmark")
class InboxViewsBenchmark {

    private static final String[] SORTS = {"", "&sort=due&dir=asc", "&sort=code&dir=asc", "&sort=submitted&dir=asc",
            "&page=5"};

    @Test
    void allRequestsViewAndSearchAtNationalScale() throws Exception {
        int staff = Integer.getInteger("bench.staff", 20);
        int seconds = Integer.getInteger("bench.seconds", 30);
        SpringApplication app = new SpringApplication(BackofficeApplication.class);
        String[] args = TestDatabase.mariaDbArguments("--server.port=0",
                "--spring.quartz.auto-startup=false", "--logging.level.root=WARN");
        try (ConfigurableApplicationContext context = app.run(args)) {
            NationalScaleSeeder.seed(context.getBean(DataSource.class));
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long tehranProvince = jdbc.queryForObject("SELECT id FROM province WHERE code = '23'", Long.class);
            long tehranCounty = jdbc.queryForObject("SELECT id FROM county WHERE code = '2301'", Long.class);
            accounts(context, tehranProvince, tehranCounty);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            List<String> countyCodes = jdbc.queryForList("SELECT tracking_code FROM request WHERE county_id = ?"
                    + " ORDER BY id LIMIT 500", String.class, tehranCounty);
            List<String> provinceCodes = jdbc.queryForList("SELECT tracking_code FROM request WHERE province_id = ?"
                    + " ORDER BY id LIMIT 500", String.class, tehranProvince);
            long requests = jdbc.queryForObject("SELECT COUNT(*) FROM request", Long.class);
            long inProvince = jdbc.queryForObject("SELECT COUNT(*) FROM request WHERE province_id = ?", Long.class,
                    tehranProvince);
            long inCounty = jdbc.queryForObject("SELECT COUNT(*) FROM request WHERE county_id = ?", Long.class,
                    tehranCounty);

            List<String> users = new ArrayList<>();
            for (int i = 0; i < staff; i++) {
                users.add(i % 2 == 0 ? "bench-county" : "bench-province");
            }
            String base = "http://127.0.0.1:" + port;
            StaffLoop.Window window = StaffLoop.run(base, users,
                    (i, http, end) -> work(base, http, i % 2 == 0 ? countyCodes : provinceCodes, end), seconds);
            Map<String, List<Long>> all = Map.of("all", window.of("all"), "code", window.of("code"),
                    "name", window.of("name"));
            double elapsed = window.seconds();
            String cpuLine = window.cpuPerPage();
            List<Long> search = new ArrayList<>(all.get("code"));
            search.addAll(all.get("name"));
            System.out.println();
            System.out.printf(Locale.ROOT, "=== Inbox views benchmark: %d requests in MariaDB (Tehran province %d, Tehran"
                            + " county %d), %d signed-in staff, %.0f s, %d cores ===%n", requests, inProvince, inCounty,
                    staff, elapsed, Runtime.getRuntime().availableProcessors());
            System.out.println(line("all requests", all.get("all"), elapsed));
            System.out.println(line("search", search, elapsed));
            System.out.println(line("  by code", all.get("code"), elapsed));
            System.out.println(line("  by name", all.get("name"), elapsed));
            System.out.println(cpuLine);
        }
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

    /** One signed-in staff member: alternates the "all requests" view and a search until the end. */
    private static Map<String, List<Long>> work(String base, HttpClient http, List<String> codes, long end)
            throws Exception {
        List<Long> allView = new ArrayList<>();
        List<Long> byCode = new ArrayList<>();
        List<Long> byName = new ArrayList<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < end) {
            allView.add(timed(http, base + "/inbox?view=ALL" + SORTS[random.nextInt(SORTS.length)]));
            if (random.nextBoolean() && !codes.isEmpty()) {
                String typed = PersianText.toPersianDigits(codes.get(random.nextInt(codes.size())));
                byCode.add(timed(http, base + "/inbox?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)));
            } else {
                String name = random.nextBoolean() ? "خانواده" + random.nextInt(100_000) : "مسجد " + random.nextInt(30_000);
                byName.add(timed(http, base + "/inbox?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
            }
        }
        return Map.of("all", allView, "code", byCode, "name", byName);
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
        if (nanos.isEmpty()) {
            return name + ": none";
        }
        Collections.sort(nanos);
        return String.format(Locale.ROOT, "%-13s %6d loads, %6.1f/s; p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms", name,
                nanos.size(), nanos.size() / elapsed, p(nanos, 50), p(nanos, 95), p(nanos, 99));
    }

    private static double p(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
