package ir.kanoonyar.backoffice.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * What a staff member sees when a request goes wrong, over real HTTP (error pages are rendered by the
 * container's error dispatch, which MockMvc skips): Persian pages, never Spring's English one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.auto-startup=false")
class ErrorPagesTest {

    /** What a browser asks for; other clients get the error as JSON. */
    private static final String HTML = "text/html,application/xhtml+xml";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "errors");
    }

    @LocalServerPort
    int port;

    @Value("${spring.servlet.multipart.max-request-size}")
    DataSize maxRequestSize;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aRequestOutsideTheStaffMembersRegionIsAPersianNotFoundPage() throws Exception {
        signIn("demo-county");

        HttpResponse<String> page = get("/requests/987654321");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("dir=\"rtl\"", "در حوزهٔ کاری شما نیست").doesNotContain("Whitelabel");
    }

    @Test
    void anUploadOverTheLimitIsToldInPersianWithTheLimit() throws Exception {
        signIn("demo-county");
        String token = csrfOf(get("/inbox").body());
        long limit = maxRequestSize.toMegabytes();
        byte[] scan = new byte[(int) (limit + 1) * 1024 * 1024];
        Arrays.fill(scan, (byte) 'x');
        String boundary = "kanoonyar-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"scan\"; filename=\"scan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/requests/1/inquiries"))
                .header("Accept", HTML)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, scan, tail))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("بزرگ‌تر از اندازهٔ مجاز (" + PersianText.toPersianDigits(String.valueOf(limit))
                + " مگابایت)");
    }

    private void signIn(String username) throws Exception {
        String token = csrfOf(get("/login").body());
        String form = "username=" + username + "&password=kanoonyar-demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", HTML).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String csrfOf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }
}
