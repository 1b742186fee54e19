package ir.kanoonyar.backoffice.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.kanoonyar.backoffice.BackofficeApplication;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two back-office instances on one MariaDB, each a whole app on its own port, as two containers behind
 * a balancer would run: a session signed in on one is valid on the other (Spring Session JDBC), and
 * signing out on one ends it on both; both schedulers join one Quartz cluster. That each firing runs
 * once across such a cluster is {@code QuartzClusterOnMariaDbTest}'s.
 */
class TwoBackOfficesOnMariaDbTest {

    private static final String USER = "cluster-tester";
    private static final String PASSWORD = "cluster-test-password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        one = boot();
        two = boot();
        StaffAccountRepository accounts = one.getBean(StaffAccountRepository.class);
        if (accounts.findByUsername(USER).isEmpty()) {
            accounts.save(StaffAccount.national(USER, one.getBean(PasswordEncoder.class).encode(PASSWORD),
                    "آزمون دو نمونه", "test", Instant.now()));
        }
    }

    @AfterAll
    static void stop() {
        if (two != null) {
            two.close();
        }
        if (one != null) {
            one.close();
        }
    }

    private static ConfigurableApplicationContext boot() {
        SpringApplication app = new SpringApplication(BackofficeApplication.class);
        // Command-line style arguments win over the machine's environment (SPRING_DATASOURCE_URL…).
        return app.run(TestDatabase.mariaDbArguments("--server.port=0",
                "--kanoonyar.reminders.escalation-at-start=0s"));
    }

    @Test
    void aSessionSignedInOnOneInstanceWorksOnTheOtherAndEndsOnBoth() throws Exception {
        String cookie = signIn(one);

        HttpResponse<String> inboxOnTwo = get(two, "/inbox", cookie);
        assertThat(inboxOnTwo.statusCode()).isEqualTo(200);
        assertThat(inboxOnTwo.body()).contains("آزمون دو نمونه");
        assertThat(get(two, "/inbox", null).statusCode()).isEqualTo(302);

        // A form of the second instance carries the session's CSRF token: signing out there ends the
        // session everywhere.
        HttpResponse<String> form = get(two, "/account/password", cookie);
        String token = csrf(form.body());
        // The token's cookie twin (XSRF-TOKEN) goes along, as a browser sends it.
        HttpResponse<Void> logout = HTTP.send(HttpRequest.newBuilder(uri(two, "/logout"))
                .header("Cookie", cookie + "; " + cookies(form))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
        HttpResponse<String> inboxOnOne = get(one, "/inbox", cookie);
        assertThat(inboxOnOne.statusCode()).isEqualTo(302);
        assertThat(inboxOnOne.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void bothSchedulersJoinOneQuartzCluster() throws Exception {
        Scheduler first = one.getBean(Scheduler.class);
        Scheduler second = two.getBean(Scheduler.class);
        assertThat(first.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(first.getSchedulerName()).isEqualTo(second.getSchedulerName());
        assertThat(first.getSchedulerInstanceId()).isNotEqualTo(second.getSchedulerInstanceId());
        List<String> checkedIn = one.getBean(JdbcTemplate.class).queryForList(
                "SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ?", String.class,
                first.getSchedulerName());
        assertThat(checkedIn).contains(first.getSchedulerInstanceId(), second.getSchedulerInstanceId());
    }

    /** The login form, its CSRF token and the session cookie, as a browser signs in. */
    private static String signIn(ConfigurableApplicationContext instance) throws Exception {
        HttpResponse<String> form = get(instance, "/login", null);
        String anonymous = cookies(form);
        String body = "username=" + USER + "&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf(form.body()), StandardCharsets.UTF_8);
        HttpRequest.Builder login = HttpRequest.newBuilder(uri(instance, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!anonymous.isEmpty()) {
            login.header("Cookie", anonymous);
        }
        HttpResponse<Void> response = HTTP.send(login.build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        String cookie = sessionCookie(response);
        assertThat(cookie).as("a session cookie after sign-in").isNotNull();
        return cookie;
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
                .findFirst().orElse(null);
    }

    /** Every cookie the answer sets, as a browser would send them back ("a=1; b=2"). */
    private static String cookies(HttpResponse<?> response) {
        return String.join("; ", response.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';') > 0 ? c.indexOf(';') : c.length())).toList());
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String cookie)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        return URI.create("http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port") + path);
    }
}
