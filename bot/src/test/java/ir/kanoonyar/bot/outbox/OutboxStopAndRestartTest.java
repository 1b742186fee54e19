package ir.kanoonyar.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import ir.kanoonyar.bot.BotApplication;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.fakeapi.SentMessage;
import ir.kanoonyar.db.broadcast.BroadcastDelivery;
import ir.kanoonyar.db.broadcast.BroadcastRowMoves;
import ir.kanoonyar.db.person.Channel;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A broadcast to 2,000 chats through the real sender, the real TelegramBots client and a fake Bot
 * API on MariaDB, with the sender stopped half way and a new one started: nobody is left out, and
 * only rows that were in flight at a crash can reach a chat twice. Also: a reply overtakes a
 * broadcast's backlog, and a cancelled broadcast stops at once.
 */
@SpringBootTest(classes = BotApplication.class,
        properties = {"kanoonyar.outbox.enabled=false", "kanoonyar.inbox.enabled=false"})
class OutboxStopAndRestartTest extends LiveOutboxOnMariaDb {

    private static final Logger log = LoggerFactory.getLogger(OutboxStopAndRestartTest.class);

    private static final int RECIPIENTS = 2_000;
    private static final long FIRST_CHAT = 800_000_000L;
    /** Short, so rows a crashed sender held come back soon; long enough that a busy machine keeps its claims. */
    private static final Duration LEASE = Duration.ofSeconds(8);

    @Autowired
    Outbox outbox;
    @Autowired
    BroadcastDelivery delivery;
    @Autowired
    BroadcastRowMoves moves;

    @Test
    void aCrashMidBroadcastLosesNobodyAndRepeatsOnlyRowsInFlight() throws Exception {
        live.enqueueBroadcast(1, FIRST_CHAT, RECIPIENTS, "اطلاعیهٔ سراسری کانون‌ها");
        OutboxLoop first = live.start(api, LiveOutbox.settings(1000, 8, LEASE));
        awaitSends(RECIPIENTS / 3);

        first.crash();
        int inFlightAtStop = live.count("SENDING");
        int sentBeforeStop = api.sentMessages().size();

        drainWithANewSender();

        Map<Long, Long> perChat = messagesPerChat();
        long twice = perChat.values().stream().filter(n -> n == 2).count();
        log.info("Crash mid-broadcast: {} messages had gone out, {} rows were SENDING at the crash; "
                + "{} of {} chats got the message twice", sentBeforeStop, inFlightAtStop, twice, RECIPIENTS);
        System.out.printf("crash mid-broadcast: sent before the crash %d, rows SENDING at the crash %d, "
                + "chats that got it twice %d%n", sentBeforeStop, inFlightAtStop, twice);
        assertThat(inFlightAtStop).isPositive();
        assertThat(perChat).hasSize(RECIPIENTS);
        assertThat(perChat.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 2L));
        assertThat(twice).isLessThanOrEqualTo(inFlightAtStop);
        assertThat(live.count("SENT")).isEqualTo(RECIPIENTS);
    }

    /** A new sender (as after a restart) until every row is done. */
    private void drainWithANewSender() throws Exception {
        OutboxLoop second = live.start(api, LiveOutbox.settings(1000, 8, LEASE));
        try {
            live.awaitDrained(Duration.ofMinutes(3));
        } finally {
            second.stop();
        }
    }

    @Test
    void aGracefulStopMidBroadcastGivesBackWhatItHeldAndRepeatsNothing() throws Exception {
        live.enqueueBroadcast(2, FIRST_CHAT, RECIPIENTS, "اطلاعیهٔ سراسری کانون‌ها");
        OutboxLoop first = live.start(api, LiveOutbox.settings(1000, 8, LEASE));
        awaitSends(RECIPIENTS / 3);

        first.stop();
        int sendingAfterStop = live.count("SENDING");
        int sentBeforeStop = api.sentMessages().size();

        drainWithANewSender();

        Map<Long, Long> perChat = messagesPerChat();
        System.out.printf("graceful stop mid-broadcast: sent before the stop %d, rows SENDING after it %d%n",
                sentBeforeStop, sendingAfterStop);
        assertThat(sendingAfterStop).isZero();
        assertThat(perChat).hasSize(RECIPIENTS);
        assertThat(perChat.values()).containsOnly(1L);
        assertThat(live.count("SENT")).isEqualTo(RECIPIENTS);
    }

    @Test
    void aReplyQueuedBehindAThousandBroadcastRowsGoesOutBeforeThem() throws Exception {
        long manager = FIRST_CHAT + 999;
        live.enqueueBroadcast(3, FIRST_CHAT, 1_000, "اطلاعیهٔ سراسری کانون‌ها");
        OutboxLoop loop = live.start(api, LiveOutbox.settings(200, 8, LEASE));
        try {
            awaitSends(20);
            // The manager, the last of the broadcast's recipients, asks something and is answered.
            outbox.enqueue(Channel.TELEGRAM, manager, null, "REPLY", Reply.text("پاسخ به مدیر"));

            SentMessage reply = api.awaitMessageTo(manager, "پاسخ به مدیر", Duration.ofMinutes(1));
            live.awaitDrained(Duration.ofMinutes(3));

            long broadcastAfterReply = api.sentMessages().stream()
                    .filter(m -> m.sequence() > reply.sequence()).count();
            System.out.printf("a reply queued behind 1,000 broadcast rows: %d broadcast messages went out after it%n",
                    broadcastAfterReply);
            // It did not wait for the backlog, nor for the broadcast to reach its own chat first.
            assertThat(broadcastAfterReply).isGreaterThan(500);
            assertThat(api.messagesTo(manager)).extracting(SentMessage::text)
                    .containsExactly("پاسخ به مدیر", "اطلاعیهٔ سراسری کانون‌ها");
        } finally {
            loop.stop();
        }
    }

    @Test
    void aCancelledBroadcastStopsWithinATurnNotAfterTheRowsTheSenderHolds() throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        // A real broadcast row, its id far from the ids the other tests give their rows (1, 2, 3), which
        // name no broadcast: cancelling it must not touch theirs.
        long id = 900_000 + ThreadLocalRandom.current().nextInt(100_000);
        jdbc.update("INSERT INTO broadcast (id, created_by, segment_role, text, status, recipients, created_at,"
                + " enqueued_at) VALUES (?, 'tester', 'EVERYONE', 'خبر', 'SENDING', 300, ?, ?)", id, now, now);
        live.enqueueBroadcast(id, FIRST_CHAT, 300, "اطلاعیهٔ اشتباه");
        // 5 msg/s, and a stock of 50 rows held in memory: ten seconds of sending the cancel must not wait for.
        OutboxLoop loop = live.start(api, LiveOutbox.settings(5, 8, LEASE));
        try {
            awaitSends(3);
            delivery.cancel(id);
            // The back-office's job moves the rows right after the status commits.
            moves.finish(id);
            int atCancel = api.sentMessages().size();
            // Deliberately lets 4 s pass: what is measured is how little goes out in them.
            Thread.sleep(4_000);
            int after = api.sentMessages().size() - atCancel;
            System.out.printf("a broadcast cancelled at 5 msg/s: %d messages went out after the cancel%n", after);
            // Before, the stock went out: about 20 in these 4 s. Now a send already paced at most, and
            // what a busy machine's late turn lets through.
            assertThat(after).isLessThanOrEqualTo(12);
            assertThat(live.count("PENDING") + live.count("HELD")).isZero();
            assertThat(live.count("CANCELLED") + live.count("SENT") + live.count("SENDING")).isEqualTo(300);
        } finally {
            loop.stop();
        }
    }

    @Test
    void aPausedBroadcastWaitsAndOnceResumedEveryRowGoesOutEvenAfterAResumeMoveCutShort() throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        long id = 900_000 + ThreadLocalRandom.current().nextInt(100_000);
        jdbc.update("INSERT INTO broadcast (id, created_by, segment_role, text, status, recipients, created_at,"
                + " enqueued_at, rows_moved_for) VALUES (?, 'tester', 'EVERYONE', 'خبر', 'SENDING', 300, ?, ?,"
                + " 'SENDING')", id, now, now);
        live.enqueueBroadcast(id, FIRST_CHAT, 300, "اطلاعیهٔ مکث‌شده");
        OutboxLoop loop = live.start(api, LiveOutbox.settings(50, 8, LEASE));
        try {
            awaitSends(3);
            // Pause: the status, then the back-office's job moves the rows.
            delivery.pause(id);
            moves.finish(id);
            // Rows the sender held come back, and are held as the claim meets them; nothing waits to go.
            await().atMost(Duration.ofMinutes(1)).until(() -> live.count("PENDING") + live.count("SENDING") == 0);
            int sentWhilePaused = api.sentMessages().size();
            int held = live.count("HELD");
            assertThat(held + live.count("SENT")).isEqualTo(300);
            assertThat(held).isPositive();

            // Resume: the status only; the rows are still held when it returns.
            delivery.resume(id);
            assertThat(live.count("HELD")).isEqualTo(held);
            // The move's first window, then its instance dies: those rows go, the rest stay held...
            int firstWindow = Math.min(20, held);
            moves.window(id, firstWindow);
            awaitSends(sentWhilePaused + firstWindow);
            assertThat(live.count("HELD")).isEqualTo(held - firstWindow);
            // ...until the next run of the job finishes the move, and every chat has it once.
            assertThat(moves.unfinished()).contains(id);
            moves.finishAll();
            live.awaitDrained(Duration.ofMinutes(2));
            assertThat(live.count("HELD")).isZero();
            assertThat(live.count("SENT")).isEqualTo(300);
            assertThat(messagesPerChat()).hasSize(300).allSatisfy((chat, n) -> assertThat(n).isEqualTo(1L));
        } finally {
            loop.stop();
        }
    }

    private Map<Long, Long> messagesPerChat() {
        return api.sentMessages().stream()
                .collect(Collectors.groupingBy(SentMessage::chatId, Collectors.counting()));
    }

    private void awaitSends(int count) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5))
                .untilAsserted(() -> assertThat(api.sentMessages()).as("messages that went out").hasSizeGreaterThanOrEqualTo(count));
    }
}
