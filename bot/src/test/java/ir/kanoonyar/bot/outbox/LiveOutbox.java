package ir.kanoonyar.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.bot.channel.BotSettings;
import ir.kanoonyar.bot.channel.Messengers;
import ir.kanoonyar.bot.channel.TelegramChatSender;
import ir.kanoonyar.bot.fakeapi.FakeBotApi;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.PersonChatRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app's real outbox sender and loop, built over the app's repositories, sending through the real
 * TelegramBots client (the app's {@link TelegramChatSender}) to a fake Bot API, with settings of the
 * test's choosing. Several can run against one database, as several bot instances would.
 */
record LiveOutbox(OutboxMessageRepository rows, PersonChatRepository chats, PlatformTransactionManager transactions,
                  JdbcTemplate jdbc) {

    /** The app's Telegram chat sender, pointed at the fake. */
    static ChatSender telegramTo(FakeBotApi api) {
        BotSettings settings = new BotSettings(new BotSettings.Messenger(api.token(), URI.create(api.baseUrl())),
                null, BotSettings.Mode.POLLING, null, null);
        // Text only: no media library or upload store needed.
        return new TelegramChatSender(Channel.TELEGRAM, new Messengers(settings), null, null);
    }

    static OutboxSettings settings(double ratePerBot, int workers, Duration lease) {
        return new OutboxSettings(true, ratePerBot, 1, 50, Duration.ofMillis(200), 10, lease,
                Duration.ofSeconds(1), Duration.ofSeconds(10), workers, 1);
    }

    /** A running loop (a sender instance) sending to the fake. */
    OutboxLoop start(FakeBotApi api, OutboxSettings settings) {
        OutboxSender sender = new OutboxSender(rows, chats, transactions, List.of(telegramTo(api)), settings,
                Clock.systemUTC(), Sleeper.THREAD);
        OutboxLoop loop = new OutboxLoop(sender, settings);
        loop.start();
        return loop;
    }

    /** A broadcast's rows: one BULK row to each of {@code count} chats from {@code firstChat} on. */
    void enqueueBroadcast(long broadcastId, long firstChat, int count, String text) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<OutboxMessage> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(OutboxMessage.text(Channel.TELEGRAM, firstChat + i, null, "BROADCAST", null, text, now, now)
                    .ofBroadcast(broadcastId));
        }
        new TransactionTemplate(transactions).executeWithoutResult(status -> rows.saveAll(batch));
    }

    int count(String status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status = ?", Integer.class, status);
    }

    /**
     * One query, not a count per status: a row released from SENDING back to PENDING between two counts
     * would be missed by both, and the outbox would look drained while it still holds work.
     */
    int open() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status IN ('PENDING', 'SENDING')",
                Integer.class);
    }

    /** Waits until no row is PENDING or SENDING. */
    void awaitDrained(Duration atMost) {
        await().atMost(atMost).untilAsserted(() -> assertThat(open())
                .as("rows still open after up to " + atMost).isZero());
    }
}
