package ir.kanoonyar.bot.channel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import ir.kanoonyar.db.person.Channel;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook endpoints. Telegram proves itself with the X-Telegram-Bot-Api-Secret-Token header; Bale
 * sends no such header, so its secret is in the path. A wrong or missing secret gets 401 and nothing
 * is stored; an update is answered 200 only once it is stored (503 while the database is down, so
 * the messenger sends it again).
 *
 * <p>The body is read by hand, and only after the secret matched: Spring's {@code @RequestBody}
 * would read all of it first, so anyone could fill the heap with large posts and no secret. A body
 * over {@link WebhookSettings#maxBody()} is answered 413, unread when its length is declared, or as
 * soon as the limit is passed when it comes chunked.
 */
@RestController
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final BotSettings settings;
    private final Messengers messengers;
    private final InboxStore inbox;
    private final WebhookSettings limits;

    WebhookController(BotSettings settings, Messengers messengers, InboxStore inbox, WebhookSettings limits) {
        this.settings = settings;
        this.messengers = messengers;
        this.inbox = inbox;
        this.limits = limits;
    }

    @PostMapping("/webhook/telegram")
    ResponseEntity<String> telegram(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false)
                                    String secret, HttpServletRequest request) throws IOException {
        return receive(Channel.TELEGRAM, secret, request);
    }

    @PostMapping("/webhook/bale/{secret}")
    ResponseEntity<String> bale(@PathVariable String secret, HttpServletRequest request) throws IOException {
        return receive(Channel.BALE, secret, request);
    }

    private ResponseEntity<String> receive(Channel channel, String secret, HttpServletRequest request)
            throws IOException {
        if (settings.mode() != BotSettings.Mode.WEBHOOK || messengers.of(channel).isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        if (!matches(secret, settings.webhookSecret())) {
            // Connection: close, so that the server discards at most a little of an unread body.
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.CONNECTION, "close").build();
        }
        String body = readAtMost(request, limits.maxBytes());
        if (body == null) {
            log.warn("A {} webhook body over {} bytes was refused (413)", channel, limits.maxBytes());
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                    .body("update larger than " + limits.maxBytes() + " bytes");
        }
        if (body.isBlank()) {
            return ResponseEntity.badRequest().body("empty update");
        }
        UpdateEnvelope update;
        try {
            update = UpdateEnvelope.read(body);
        } catch (UpdateEnvelope.MalformedUpdateException e) {
            return ResponseEntity.badRequest().body(e.getMessage());
        }
        try {
            inbox.store(channel, update);
        } catch (RuntimeException e) {
            log.warn("Could not store webhook update {} of {}: {}", update.updateId(), channel, e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        return ResponseEntity.ok("ok");
    }

    /** The body as UTF-8, or null when it is longer than {@code max} bytes (then not read further). */
    static String readAtMost(HttpServletRequest request, int max) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > max) {
            return null;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buffer = new byte[8192];
        InputStream in = request.getInputStream();
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (body.size() + read > max) {
                return null;
            }
            body.write(buffer, 0, read);
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    /** Constant time, so the secret cannot be guessed a character at a time from response times. */
    static boolean matches(String given, String expected) {
        if (given == null || expected == null || expected.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
