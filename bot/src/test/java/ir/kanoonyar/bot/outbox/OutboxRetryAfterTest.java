package ir.kanoonyar.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ir.kanoonyar.bot.BotApplication;
import ir.kanoonyar.bot.fakeapi.RecordedCall;
import ir.kanoonyar.bot.fakeapi.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A 429 with retry_after through the real sender, the real TelegramBots client and the fake Bot API
 * on MariaDB: nothing reaches the messenger for that bot until retry_after has passed, not even the
 * slot the rate limiter had booked before the 429 came back, and every message goes out afterwards.
 */
@SpringBootTest(classes = BotApplication.class,
        properties = {"kanoonyar.outbox.enabled=false", "kanoonyar.inbox.enabled=false"})
class OutboxRetryAfterTest extends LiveOutboxOnMariaDb {

    private static final long FIRST_CHAT = 810_000_000L;
    private static final int RETRY_AFTER_SECONDS = 3;


    @Test
    void nothingGoesOutWithinRetryAfterNotEvenTheSlotBookedBeforeIt() throws Exception {
        int recipients = 4;
        // One message every 2 s: after each send the pacing thread books the next slot 2 s on and waits
        // for it, while the 429 comes back well within that time, even on a busy machine.
        OutboxLoop loop = live.start(api, LiveOutbox.settings(0.5, 4, Duration.ofMinutes(1)));
        try {
            // A first message, which meets a 429 of its own, warms up the HTTP client's paths.
            api.failNext("sendMessage", 1, 429, 1);
            live.enqueueBroadcast(4, FIRST_CHAT - 1, 1, "آغاز");
            api.awaitMessageTo(FIRST_CHAT - 1, "آغاز", Duration.ofMinutes(1));
            api.failNext("sendMessage", 1, 429, RETRY_AFTER_SECONDS);
            live.enqueueBroadcast(5, FIRST_CHAT, recipients, "اطلاعیهٔ کانون‌ها");
            live.awaitDrained(Duration.ofMinutes(2));
        } finally {
            loop.stop();
        }

        List<RecordedCall> sends = api.calls("sendMessage");
        List<RecordedCall> tooMany = sends.stream().filter(call -> !call.ok()).toList();
        assertThat(tooMany).extracting(RecordedCall::errorCode).containsExactly(429, 429);
        for (RecordedCall refused : tooMany) {
            Instant answered = refused.answeredAt();
            Instant windowEnd = answered.plusSeconds(refused.response().path("parameters").path("retry_after").asLong());
            assertThat(sends).as("sends within retry_after of the 429 answered at %s", answered)
                    .noneMatch(call -> call.answeredAt().isAfter(answered) && call.answeredAt().isBefore(windowEnd));
        }

        Map<Long, Long> perChat = api.sentMessages().stream()
                .collect(Collectors.groupingBy(SentMessage::chatId, Collectors.counting()));
        assertThat(perChat).hasSize(recipients + 1);
        assertThat(perChat.values()).containsOnly(1L);
        assertThat(live.count("SENT")).isEqualTo(recipients + 1);
    }
}
