package ir.kanoonyar.backoffice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.kanoonyar.testsupport.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The back-office as the internet meets it, over real HTTP on raw sockets: a reverse proxy at
 * 127.0.0.1 is trusted (KANOONYAR_TRUSTED_PROXIES), and a client connecting from 127.0.0.2 (loopback
 * too, but not that proxy) stands for anyone else, forging whatever headers it likes. Prometheus has
 * its scrape token, and the public checks a limit of three. Demo staff of the embedded database sign in.
 * The subclasses share this one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.remoteip.internal-proxies=" + PublicEdge.PROXY + "/32",
        "kanoonyar.metrics.token=" + PublicEdge.METRICS_TOKEN,
        "kanoonyar.public-checks.limit=3",
        "spring.quartz.auto-startup=false"})
public abstract class PublicEdge {

    protected static final String PROXY = "127.0.0.1";
    protected static final String STRANGER = "127.0.0.2";
    protected static final String METRICS_TOKEN = "scrape-token-for-tests-0123456789";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "public-edge");
    }

    @LocalServerPort
    protected int port;

    /** An HTTP/1.1 response as it came over the wire; header names lower-cased, values in order. */
    protected record Response(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? null : values.get(0);
        }

        public List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    /** {@code GET path} from {@code source}, with these extra header lines ("Name: value"). */
    protected Response get(String source, String path, String... headers) throws IOException {
        return send(source, "GET", path, null, headers);
    }

    /**
     * Signs in as demo-county from {@code source} as a browser would (the login page for its CSRF token
     * and cookie, then the form), each request with these extra headers, and gives back the answer to
     * the form's POST.
     */
    protected Response signIn(String source, String... headers) throws IOException {
        Response page = get(source, "/login", headers);
        Matcher token = CSRF.matcher(page.body());
        if (page.status() != 200 || !token.find()) {
            throw new IllegalStateException("No login form: " + page.status() + " " + page.body());
        }
        List<String> lines = new ArrayList<>(List.of(headers));
        List<String> cookies = page.all("set-cookie").stream().map(c -> c.split(";", 2)[0]).toList();
        if (!cookies.isEmpty()) {
            lines.add("Cookie: " + String.join("; ", cookies));
        }
        lines.add("Content-Type: application/x-www-form-urlencoded");
        String form = "username=demo-county&password=kanoonyar-demo&_csrf=" + token.group(1);
        return send(source, "POST", "/login", form, lines.toArray(String[]::new));
    }

    protected Response send(String source, String method, String path, String body, String... headers)
            throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        boolean hostGiven = false;
        for (String header : headers) {
            hostGiven |= header.regionMatches(true, 0, "Host:", 0, 5);
            request.append(header).append("\r\n");
        }
        if (!hostGiven) {
            request.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket()) {
            // The client's own address is what Tomcat sees as the connection's remote address.
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Response parse(byte[] raw) throws IOException {
        String all = new String(raw, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        String[] lines = all.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = unchunk(new java.io.ByteArrayInputStream(body));
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n' && c != -1) {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(length));
            in.readNBytes(2);
        }
    }
}
