package ir.kanoonyar.backoffice.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.kanoonyar.backoffice.PublicEdge;
import org.junit.jupiter.api.Test;

/**
 * Forwarded headers count only from the trusted proxy; redirects never name a host a client chose.
 */
class BehindAProxyTest extends PublicEdge {

    private static final String[] FORGED = {
            "X-Forwarded-Proto: https", "X-Forwarded-Host: evil.example", "X-Forwarded-Port: 443",
            "X-Forwarded-For: 203.0.113.9", "Forwarded: for=203.0.113.9;proto=https;host=evil.example"};

    @Test
    void aStrangersForwardedHeadersAreIgnored() throws IOException {
        Response page = get(STRANGER, "/inbox", FORGED);

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).isEqualTo("/login");
        assertThat(page.header("Strict-Transport-Security")).isNull();

        Response login = signIn(STRANGER, FORGED);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).isEqualTo("/");
        assertThat(sessionCookie(login)).doesNotContainIgnoringCase("secure");
        assertThat(login.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void aForgedHostHeaderNeverBecomesTheHostOfARedirect() throws IOException {
        String evilHost = "Host: evil.example";
        assertThat(get(STRANGER, "/inbox", evilHost).header("Location")).isEqualTo("/login");

        Response login = signIn(STRANGER, evilHost);
        assertThat(login.header("Location")).isEqualTo("/");

        // Signing out is a POST from a page's header, answered with a redirect to the login page.
        String cookie = "Cookie: " + sessionCookie(login).split(";", 2)[0];
        Response inbox = get(STRANGER, "/inbox", evilHost, cookie);
        assertThat(inbox.status()).isEqualTo(200);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(inbox.body());
        assertThat(csrf.find()).as("a form with a CSRF token on the inbox page").isTrue();
        // The token's cookie twin (XSRF-TOKEN, set with the page) goes along, as a browser sends it.
        String cookies = cookie + "; " + String.join("; ", inbox.all("set-cookie").stream()
                .map(c -> c.split(";", 2)[0]).toList());
        Response logout = send(STRANGER, "POST", "/logout", "_csrf=" + csrf.group(1), evilHost, cookies,
                "Content-Type: application/x-www-form-urlencoded");
        assertThat(logout.status()).isEqualTo(302);
        assertThat(logout.header("Location")).isEqualTo("/login?logout");
    }

    @Test
    void behindTheTrustedProxyHttpsMakesTheSessionCookieSecureAndSendsHsts() throws IOException {
        Response login = signIn(PROXY, "X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.10",
                "X-Forwarded-Host: kanoonyar.example", "X-Forwarded-Port: 443");

        assertThat(login.status()).isEqualTo(302);
        assertThat(sessionCookie(login)).contains("Secure", "HttpOnly");
        assertThat(login.header("Strict-Transport-Security")).contains("max-age=");
        assertThat(login.header("Location")).isEqualTo("/");
    }

    @Test
    void theTrustedProxyOverPlainHttpGetsNoHsts() throws IOException {
        Response login = signIn(PROXY, "X-Forwarded-Proto: http", "X-Forwarded-For: 203.0.113.11");

        assertThat(sessionCookie(login)).doesNotContainIgnoringCase("secure");
        assertThat(login.header("Strict-Transport-Security")).isNull();
    }

    private static String sessionCookie(Response response) {
        List<String> cookies = response.all("set-cookie").stream().filter(c -> c.startsWith("SESSION=")).toList();
        assertThat(cookies).as("the new session's cookie").hasSize(1);
        return cookies.get(0);
    }
}
