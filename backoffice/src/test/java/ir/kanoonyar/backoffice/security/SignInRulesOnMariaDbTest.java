package ir.kanoonyar.backoffice.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sign-in rules and the password rules over real HTTP on MariaDB, as a browser meets them: every
 * refusal a Persian page with its limit, never a 500, and nothing written but the audit of the attempt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.quartz.auto-startup=false",
        "kanoonyar.login.max-failures=5",
        "kanoonyar.login.address-max-failures=12",
        "kanoonyar.login.address-window=15m"})
@Import(CleanSchemaFirst.class)
class SignInRulesOnMariaDbTest {

    private static final String HTML = "text/html,application/xhtml+xml";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "rules-secret-passphrase";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    ProvinceRepository provinces;
    @Autowired
    PasswordEncoder passwords;

    /**
     * Each test starts with no recent failures from this address (all tests come from 127.0.0.1), and
     * leaves none: test classes after this one sign in from the same address on the same database.
     */
    @BeforeEach
    @AfterEach
    void forgetEarlierAttempts() {
        jdbc.update("DELETE FROM audit_log");
    }

    // ---- logins ----

    @Test
    void aUserNameLongerThanItsColumnIsAWrongPairAndTheAttemptIsAudited() throws Exception {
        Browser browser = new Browser();
        String name = "x".repeat(300);

        HttpResponse<String> answer = browser.signIn(name, PASSWORD);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(browser.follow(answer).body()).contains("نام کاربری یا گذرواژه درست نیست");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN_FAILED' AND actor LIKE 'xxxx%'",
                Integer.class)).isOne();
        assertThat(jdbc.queryForObject("SELECT CHAR_LENGTH(actor) FROM audit_log WHERE action = 'LOGIN_FAILED'",
                Integer.class)).isEqualTo(64);
    }

    @Test
    void attemptsOnALockedAccountDoNotExtendItAndTheRightPasswordIsToldUntilWhen() throws Exception {
        String username = account();
        Browser browser = new Browser();
        for (int i = 0; i < 5; i++) {
            browser.signIn(username, "wrong-guess-" + i);
        }
        Timestamp lockedUntil = lockedUntil(username);
        assertThat(lockedUntil).isNotNull();

        for (int i = 0; i < 5; i++) {
            browser.signIn(username, "another-guess-" + i);
        }
        assertThat(lockedUntil(username)).as("guesses during the lock do not extend it").isEqualTo(lockedUntil);
        assertThat(jdbc.queryForObject("SELECT failed_logins FROM staff_account WHERE username = ?", Integer.class,
                username)).isZero();

        HttpResponse<String> right = browser.signIn(username, PASSWORD);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login?locked="));
        String page = browser.follow(right).body();
        assertThat(page).contains("قفل است", JalaliDate.tehranDayAndTime(lockedUntil.toInstant()));
        assertThat(browser.get("/inbox").statusCode()).as("still signed out").isEqualTo(302);
        assertThat(lockedUntil(username)).isEqualTo(lockedUntil);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN_LOCKED' AND actor = ?",
                Integer.class, username)).isOne();
    }

    @Test
    void oneAddressFailingAcrossManyUserNamesIsRefusedForAWhileEvenWithARightPassword() throws Exception {
        String username = account();
        Browser browser = new Browser();
        for (int i = 0; i < 12; i++) {
            browser.signIn("nobody-" + UUID.randomUUID(), PASSWORD);
        }

        HttpResponse<String> refused = browser.signIn(username, PASSWORD);

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?throttled"));
        assertThat(browser.follow(refused).body()).contains("تلاش‌های نادرست زیادی", "۱۵ دقیقهٔ دیگر");
        assertThat(browser.get("/inbox").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN_THROTTLED' AND actor = ?",
                Integer.class, username)).isOne();
        assertThat(lockedUntil(username)).as("the account itself is not locked").isNull();
    }

    @Test
    void anonymousVisitorsLeaveNoSessionRowAndSigningInMakesOne() throws Exception {
        String username = account();
        int before = sessions();
        Browser browser = new Browser();

        assertThat(browser.get("/login").statusCode()).isEqualTo(200);
        assertThat(browser.get("/inbox").statusCode()).isEqualTo(302);
        browser.get("/verify/00-1405-000001");
        browser.get("/no-such-page");
        browser.signIn(username, "a-wrong-password");
        assertThat(sessions()).as("SPRING_SESSION rows after anonymous requests").isEqualTo(before);

        browser.signIn(username, PASSWORD);
        assertThat(browser.get("/inbox").statusCode()).isEqualTo(200);
        assertThat(sessions()).isEqualTo(before + 1);
    }

    @Test
    void aTamperedCsrfTokenIsThePersianForbiddenPage() throws Exception {
        Browser browser = new Browser();
        browser.signIn(account(), PASSWORD);
        String token = browser.csrf("/account/password");
        String flipped = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        // The masked token is random bytes then the token XOR those bytes; a high bit set in the second
        // half unmasks to a byte that is not UTF-8, which Spring failed on with a 500.
        byte[] masked = Base64.getUrlDecoder().decode(token);
        masked[masked.length / 2] ^= (byte) 0x80;
        String notUtf8 = Base64.getUrlEncoder().encodeToString(masked);

        for (String tampered : new String[] {notUtf8, flipped, token.substring(0, token.length() - 3), "not-a-token!", "AAAA", ""}) {
            HttpResponse<String> answer = browser.post("/account/password", Map.of("_csrf", tampered,
                    "current", PASSWORD, "fresh", "another-fine-passphrase", "repeated", "another-fine-passphrase"));
            assertThat(answer.statusCode()).as("tampered token '%s'", tampered).isEqualTo(403);
            assertThat(answer.body()).contains("dir=\"rtl\"", "اجازهٔ این کار را ندارید");
        }
        // A token tampered into a broken escape, which the container cannot decode (a 400 with the
        // generic "an error occurred" before), on a signed-in form and on the login form.
        for (String path : new String[] {"/account/password", "/login"}) {
            HttpResponse<String> answer = browser.postRaw(path, "_csrf=" + token.substring(0, 10) + "%zz&current=x");
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
            assertThat(answer.body()).contains("dir=\"rtl\"", "اجازهٔ این کار را ندارید");
        }
        assertThat(browser.get("/inbox").statusCode()).isEqualTo(200);
    }

    // ---- passwords ----

    @Test
    void aNewAccountsPasswordIsRefusedWhenLongerThanBcryptReadsCommonOrTheUserName() throws Exception {
        Browser admin = new Browser();
        admin.signIn(account(), PASSWORD);
        String place = String.valueOf(provinces.findByCode("00").orElseThrow().getId());

        String persian40 = "گذرواژه".repeat(6).substring(0, 40);        // 40 Persian letters: 80 bytes
        assertThat(admin.createAccount("long-pass", persian40, place).body())
                .contains("بیشترین اندازه ۷۲ بایت");
        assertThat(admin.createAccount("common-pass", "Password1234", place).body())
                .contains("گذرواژه‌های رایج");
        assertThat(admin.createAccount("same-as-name", "SAME-as-name", place).body())
                .contains("همان نام کاربری");
        assertThat(accounts.findByUsername("long-pass")).isEmpty();
        assertThat(accounts.findByUsername("common-pass")).isEmpty();
        assertThat(accounts.findByUsername("same-as-name")).isEmpty();

        assertThat(admin.createAccount("fine-pass", "گذرواژه".repeat(6).substring(0, 36), place).statusCode())
                .as("36 Persian letters are 72 bytes: accepted").isEqualTo(302);
        assertThat(accounts.findByUsername("fine-pass")).isPresent();
    }

    @Test
    void aChangedPasswordFollowsTheSameRules() throws Exception {
        String username = account();
        Browser browser = new Browser();
        browser.signIn(username, PASSWORD);

        assertThat(browser.changePassword(PASSWORD, "ب".repeat(37)).body()).contains("بیشترین اندازه ۷۲ بایت");
        assertThat(browser.changePassword(PASSWORD, "qwertyuiop123").body()).contains("گذرواژه‌های رایج");
        assertThat(browser.changePassword(PASSWORD, username.toUpperCase()).body()).contains("همان نام کاربری");

        assertThat(passwords.matches(PASSWORD, accounts.findByUsername(username).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void wrongCurrentPasswordsOnThePasswordPageCountLikeLoginsAndLockTheAccount() throws Exception {
        String username = account();
        Browser browser = new Browser();
        browser.signIn(username, PASSWORD);

        for (int i = 0; i < 4; i++) {
            HttpResponse<String> wrong = browser.changePassword("guess-number-" + i, "a-brand-new-passphrase");
            assertThat(wrong.statusCode()).isEqualTo(200);
            assertThat(wrong.body()).contains("گذرواژهٔ کنونی درست نیست");
        }
        assertThat(jdbc.queryForObject("SELECT failed_logins FROM staff_account WHERE username = ?", Integer.class,
                username)).isEqualTo(4);

        HttpResponse<String> fifth = browser.changePassword("guess-number-5", "a-brand-new-passphrase");

        assertThat(fifth.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login?locked="));
        Timestamp lockedUntil = lockedUntil(username);
        assertThat(lockedUntil).isNotNull();
        assertThat(browser.follow(fifth).body()).contains(JalaliDate.tehranDayAndTime(lockedUntil.toInstant()));
        assertThat(browser.get("/inbox").statusCode()).as("signed out with the lock").isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN_FAILED' AND actor = ?",
                Integer.class, username)).isEqualTo(5);
    }

    // ---- helpers ----

    /** A new national admin account with {@link #PASSWORD}; its user name. */
    private String account() {
        String username = "rules-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(StaffAccount.national(username, passwords.encode(PASSWORD), "آزمون ورود", "test", Instant.now()));
        return username;
    }

    private Timestamp lockedUntil(String username) {
        return jdbc.queryForObject("SELECT locked_until FROM staff_account WHERE username = ?", Timestamp.class, username);
    }

    private int sessions() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION", Integer.class);
    }

    /** One browser: its own cookies (the session and the CSRF cookie), redirects not followed. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> signIn(String username, String password) throws Exception {
            return post("/login", Map.of("username", username, "password", password, "_csrf", csrf("/login")));
        }

        HttpResponse<String> createAccount(String username, String password, String place) throws Exception {
            return post("/staff", Map.of("username", username, "displayName", "کارشناس آزمون", "password", password,
                    "place", place, "_csrf", csrf("/staff")));
        }

        HttpResponse<String> changePassword(String current, String fresh) throws Exception {
            return post("/account/password", Map.of("current", current, "fresh", fresh, "repeated", fresh,
                    "_csrf", csrf("/account/password")));
        }

        String csrf(String page) throws Exception {
            Matcher m = CSRF.matcher(get(page).body());
            assertThat(m.find()).as("a CSRF token on " + page).isTrue();
            return m.group(1);
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", HTML).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> follow(HttpResponse<String> redirect) throws Exception {
            String to = redirect.headers().firstValue("Location").orElseThrow();
            return client.send(HttpRequest.newBuilder(uri(to)).header("Accept", HTML).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            return postRaw(path, new LinkedHashMap<>(fields).entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&")));
        }

        HttpResponse<String> postRaw(String path, String form) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", HTML)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String pathOrUrl) {
            return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create("http://127.0.0.1:" + port + pathOrUrl);
        }
    }
}
