package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

/**
 * A staff member opens the one-time link the back-office showed them ("/start s_<token>"): the chat
 * is tied to their account once; a used, expired or unknown link is refused in Persian.
 */
class StaffChatLinkEndToEndTest extends EndToEnd {

    @Test
    void aOneTimeLinkTiesTheChatToTheStaffAccountOnce() {
        String token = token();
        long staffId = staffWithLink(token, Instant.now().plus(Duration.ofHours(1)));
        Chat expert = Chat.newPerson(api);

        expert.command("/start", "s_" + token, "پیوند خورد");

        Map<String, Object> account = bot.jdbc().queryForMap(
                "SELECT chat_channel, chat_id, chat_link_token FROM staff_account WHERE id = ?", staffId);
        assertThat(account.get("chat_channel")).isEqualTo("TELEGRAM");
        assertThat(((Number) account.get("chat_id")).longValue()).isEqualTo(expert.userId);
        assertThat(account.get("chat_link_token")).isNull();

        // The link worked once: someone else who got hold of it is refused, and the account keeps its chat.
        Chat other = Chat.newPerson(api);
        other.command("/start", "s_" + token, "معتبر نیست");
        assertThat(bot.jdbc().queryForObject("SELECT chat_id FROM staff_account WHERE id = ?", Long.class, staffId))
                .isEqualTo(expert.userId);
    }

    @Test
    void anExpiredOrUnknownLinkIsRefused() {
        String token = token();
        long staffId = staffWithLink(token, Instant.now().minus(Duration.ofMinutes(1)));
        Chat expert = Chat.newPerson(api);

        expert.command("/start", "s_" + token, "زمانش گذشته");
        expert.command("/start", "s_" + token(), "معتبر نیست");

        assertThat(bot.jdbc().queryForObject("SELECT chat_id FROM staff_account WHERE id = ?", Long.class, staffId))
                .isNull();
    }

    private static String token() {
        StringBuilder token = new StringBuilder();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < 43; i++) {
            token.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return token.toString();
    }

    private static long staffWithLink(String token, Instant expires) {
        String username = "expert-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        bot.jdbc().update("INSERT INTO staff_account (username, password_hash, display_name, role, enabled,"
                        + " failed_logins, created_at, chat_link_token, chat_link_expires_at)"
                        + " VALUES (?, 'x', 'کارشناس ستاد', 'NATIONAL_ADMIN', TRUE, 0, ?, ?, ?)",
                username, Timestamp.from(Instant.now()), token, Timestamp.from(expires));
        return bot.jdbc().queryForObject("SELECT id FROM staff_account WHERE username = ?", Long.class, username);
    }
}
