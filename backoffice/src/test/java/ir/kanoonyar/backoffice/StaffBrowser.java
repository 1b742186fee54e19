package ir.kanoonyar.backoffice;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tests only: a staff member's browser over real HTTP. It keeps the session cookie, signs in through
 * the login form with its CSRF token, and follows no redirect, so a test sees where it is sent.
 */
public final class StaffBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public StaffBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Posts the login form; the answer's Location says where the app sent the browser. */
    public HttpResponse<Void> signIn(String username, String password) throws IOException, InterruptedException {
        String form = page("/login").body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("the login page has no CSRF token");
        }
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
    }

    public HttpResponse<String> page(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<byte[]> file(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Posts a form as the browser would, with the CSRF token of the page {@code tokenFrom} (the
     * session's token; every page with a form carries it). The answer's Location says where it led.
     */
    public HttpResponse<Void> post(String tokenFrom, String path, java.util.Map<String, String> fields)
            throws IOException, InterruptedException {
        return post(tokenFrom, path, java.util.List.copyOf(fields.entrySet()));
    }

    /** {@link #post(String, String, java.util.Map)} with a name given more than once (e.g. several checkboxes). */
    public HttpResponse<Void> post(String tokenFrom, String path, java.util.List<java.util.Map.Entry<String, String>> fields)
            throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(page(tokenFrom).body());
        if (!csrf.find()) {
            throw new IllegalStateException(tokenFrom + " has no CSRF token");
        }
        StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf.group(1)));
        fields.forEach(field -> body.append('&').append(encode(field.getKey())).append('=').append(encode(field.getValue())));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /**
     * Posts a form like {@link #post} and reads the answer: the page a refused form comes back as, or
     * the error page.
     */
    public HttpResponse<String> postForPage(String tokenFrom, String path, java.util.Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(page(tokenFrom).body());
        if (!csrf.find()) {
            throw new IllegalStateException(tokenFrom + " has no CSRF token");
        }
        StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf.group(1)));
        fields.forEach((name, value) -> body.append('&').append(encode(name)).append('=').append(encode(value)));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
