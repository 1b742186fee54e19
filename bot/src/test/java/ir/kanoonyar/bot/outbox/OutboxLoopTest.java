package ir.kanoonyar.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import ir.kanoonyar.bot.BotApplication;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.outbox.OutboxStatus;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The app drains its outbox by itself while it runs (kanoonyar.outbox.enabled, the default). */
@SpringBootTest(classes = BotApplication.class, properties = "kanoonyar.outbox.poll-interval=20ms")
@Import({CleanSchemaFirst.class, ScriptedChatSender.Messengers.class})
class OutboxLoopTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "outbox-loop");
    }

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxMessageRepository rows;
    @Autowired
    ScriptedChatSender telegramScript;
    @Autowired
    ScriptedChatSender baleScript;
    @Autowired
    OutboxLoop loop;

    @Test
    void sendsInTheBackgroundUntilStopped() {
        assertThat(loop.isRunning()).isTrue();

        outbox.enqueue(Channel.TELEGRAM, 1L, null, "TEST", Reply.text("سلام"));
        outbox.enqueue(Channel.BALE, 2L, null, "TEST", Reply.text("درود"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(telegramScript.deliveredTexts()).containsExactly("سلام");
            assertThat(baleScript.deliveredTexts()).containsExactly("درود");
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(rows.findAll()).extracting(row -> row.getStatus()).containsOnly(OutboxStatus.SENT));

        loop.stop();
        assertThat(loop.isRunning()).isFalse();
        loop.start();
        assertThat(loop.isRunning()).isTrue();
    }
}
