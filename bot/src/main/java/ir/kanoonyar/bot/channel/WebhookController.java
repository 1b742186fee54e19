package ir.kanoonyar.bot.channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import ir.kanoonyar.bot.inbox.InboxStore;
import ir.kanoonyar.db.person.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook endpoints. Telegram proves itself with the X-Telegram-Bot-Api-Secret-Token header; Bale
 * sends no such header, so its secret is in the path. A wrong or missing secret gets 401 and nothing
 * is stored; an update is answered 200 only once it is stored (503 while the database is down, so
 * the messenger sends it again).
 */
@RestController
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final BotSettings settings;
    private final Messengers messengers;
    private final InboxStore inbox;

    WebhookController(BotSettings settings, Messengers messengers, InboxStore inbox) {
        this.settings = settings;
        this.messengers = messengers;
        this.inbox = inbox;
    }

    @PostMapping("/webhook/telegram")
    ResponseEntity<String> telegram(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false)
                                    String secret, @RequestBody(required = false) String body) {
        return receive(Channel.TELEGRAM, secret, body);
    }

    @PostMapping("/webhook/bale/{secret}")
    ResponseEntity<String> bale(@PathVariable String secret, @RequestBody(required = false) String body) {
        return receive(Channel.BALE, secret, body);
    }

    private ResponseEntity<String> receive(Channel channel, String secret, String body) {
        if (settings.mode() != BotSettings.Mode.WEBHOOK || messengers.of(channel).isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        if (!matches(secret, settings.webhookSecret())) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (body == null || body.isBlank()) {
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

    /** Constant time, so the secret cannot be guessed a character at a time from response times. */
    static boolean matches(String given, String expected) {
        if (given == null || expected == null || expected.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
