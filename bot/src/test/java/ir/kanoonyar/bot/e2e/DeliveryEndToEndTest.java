package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.fakeapi.RecordedCall;
import ir.kanoonyar.bot.outbox.Outbox;
import ir.kanoonyar.db.person.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** What the bot does when Telegram says "too many requests" or "blocked by the user". */
class DeliveryEndToEndTest extends EndToEnd {


    @Test
    void aReplyThatMeets429IsSentAgainAfterRetryAfterAndOnlyOnce() throws Exception {
        Chat chat = Chat.newPerson(api);
        api.failNext("sendMessage", 1, 429, 1);
        chat.command("/help", "راهنمای کانون‌یار");

        // The fake records a call just after answering it: wait for the second record.
        List<RecordedCall> sends = await().atMost(Chat.PATIENCE).pollInterval(Duration.ofMillis(20))
                .until(() -> callsTo(chat.userId), calls -> calls.size() >= 2);
        assertThat(sends).extracting(RecordedCall::httpStatus).containsExactly(429, 200);
        awaitStatus(chat.userId, "راهنمای", "SENT");
    }

    @Test
    void aPersonWhoBlockedTheBotIsMarkedAndNotWrittenToAgainUntilTheyComeBack() throws Exception {
        Chat manager = Chat.newPerson(api);
        String nationalCode = Managers.register(manager, "مهدی");
        Long personId = bot.jdbc().queryForObject("SELECT id FROM person WHERE national_code = ?", Long.class,
                nationalCode);
        api.blockChat(manager.userId);

        notify(personId, manager.userId, "یادآوری اول");
        awaitStatus(manager.userId, "یادآوری اول", "BLOCKED");
        awaitForbiddenCalls(manager.userId, 1);
        assertThat(bot.jdbc().queryForObject("SELECT blocked_at FROM person_chat WHERE channel = 'TELEGRAM' "
                + "AND chat_id = ?", java.sql.Timestamp.class, manager.userId)).isNotNull();

        notify(personId, manager.userId, "یادآوری دوم");
        awaitStatus(manager.userId, "یادآوری دوم", "BLOCKED");
        // One attempt met the 403; the second reminder was never tried.
        assertThat(forbiddenCalls(manager.userId)).isEqualTo(1);

        // They unblock and write again: the bot answers.
        api.unblockChat(manager.userId);
        manager.command("/help", "راهنمای کانون‌یار");
        assertThat(bot.jdbc().queryForObject("SELECT blocked_at FROM person_chat WHERE channel = 'TELEGRAM' "
                + "AND chat_id = ?", java.sql.Timestamp.class, manager.userId)).isNull();
    }

    private static void notify(Long personId, long chatId, String text) {
        bot.bean(TransactionTemplate.class).executeWithoutResult(s -> bot.bean(Outbox.class)
                .enqueue(Channel.TELEGRAM, chatId, personId, "REMINDER", Reply.text(text)));
    }

    private static List<RecordedCall> callsTo(long chatId) {
        return api.calls("sendMessage").stream()
                .filter(c -> c.param("chat_id") != null && c.param("chat_id").equals(String.valueOf(chatId)))
                .toList();
    }

    private static long forbiddenCalls(long chatId) {
        return callsTo(chatId).stream().filter(c -> c.httpStatus() == 403).count();
    }

    /** The fake records a call just after answering it. */
    private static void awaitForbiddenCalls(long chatId, int count) {
        await().atMost(Chat.PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> forbiddenCalls(chatId) >= count);
        assertThat(forbiddenCalls(chatId)).isEqualTo(count);
    }

    private static void awaitStatus(long chatId, String text, String status) {
        await().atMost(Chat.PATIENCE).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> assertThat(bot.jdbc()
                .query("SELECT status FROM outbox_message WHERE chat_id = ? AND body LIKE ? ORDER BY id DESC",
                        (rs, i) -> rs.getString(1), chatId, "%" + text + "%").stream().findFirst().orElse(null))
                .as("outbox row for «" + text + "»").isEqualTo(status));
    }
}
