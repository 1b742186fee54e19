package ir.kanoonyar.db.person;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * A deep link that starts the bot with "/start <payload>", built alike by the bot (a consent link the
 * applicant forwards) and the back-office (a reminder carrying that link again, a staff member's
 * chat link). Telegram's and Bale's links differ only in host; without a known bot username (the
 * simulator, or a messenger not configured) the command itself is given, which works when typed.
 */
public final class StartLink {

    /** The payload prefix of a signer's consent link. */
    public static final String CONSENT_PREFIX = "c_";

    /** The payload prefix of a staff member's one-time chat link. */
    public static final String STAFF_PREFIX = "s_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private StartLink() {
    }

    /** A one-time payload secret: 256 random bits, URL-safe, 43 characters (a payload has at most 64). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String of(Channel channel, Optional<String> botUsername, String payload) {
        return botUsername.filter(name -> !name.isBlank())
                .map(name -> switch (channel) {
                    case TELEGRAM -> "https://t.me/" + name + "?start=" + payload;
                    case BALE -> "https://ble.ir/" + name + "?start=" + payload;
                    case SIMULATOR -> "/start " + payload;
                })
                .orElse("/start " + payload);
    }
}
