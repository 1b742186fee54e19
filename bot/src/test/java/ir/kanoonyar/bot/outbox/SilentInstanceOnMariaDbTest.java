package ir.kanoonyar.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ir.kanoonyar.bot.BotApplication;
import ir.kanoonyar.bot.fakeapi.SentMessage;
import ir.kanoonyar.bot.instance.BotInstance;
import ir.kanoonyar.bot.instance.Heartbeat;
import ir.kanoonyar.bot.instance.InstanceRegistry;
import ir.kanoonyar.bot.instance.InstanceSettings;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.person.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two bot instances' outbox senders on MariaDB, each with its check-in, on one clock the test moves:
 * rows held by an instance that stopped checking in (killed mid-send) are sent by the other within
 * the dead-after time (15 s), not after the 2-minute lease; a live instance's rows are never taken;
 * and a sender never holds more rows than it can send within the lease.
 */
@SpringBootTest(classes = BotApplication.class, properties = {"kanoonyar.outbox.enabled=false",
        "kanoonyar.inbox.enabled=false", "kanoonyar.instance.enabled=false"})
class SilentInstanceOnMariaDbTest extends LiveOutboxOnMariaDb {

    private static final long FIRST_CHAT = 810_000_000L;
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final InstanceSettings INSTANCES = InstanceSettings.defaults();


    private MutableClock clock;
    private final List<OutboxSender> senders = new ArrayList<>();

    @BeforeEach
    void start() {
        jdbc.update("DELETE FROM bot_instance");
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    @AfterEach
    void stop() {
        senders.forEach(OutboxSender::close);
        jdbc.update("DELETE FROM bot_instance");
    }

    /** One bot instance: its outbox sender, and its check-in that gives back silent instances' rows. */
    private record Node(BotInstance instance, OutboxSender sender, Heartbeat heartbeat) {
    }

    private Node node(String name) {
        BotInstance instance = new BotInstance(name, "host-" + name, clock.instant(), INSTANCES);
        OutboxSettings settings = new OutboxSettings(true, 30, 50, 50, Duration.ofMillis(200), 10, LEASE,
                Duration.ofSeconds(1), Duration.ofSeconds(10), 4, 1);
        OutboxSender sender = new OutboxSender(rows, chats, transactions, List.of(LiveOutbox.telegramTo(api)),
                settings, clock, clock::advance, instance);
        senders.add(sender);
        Heartbeat heartbeat = new Heartbeat(instance, new InstanceRegistry(jdbc),
                List.of(new DeadSenderRelease(sender, INSTANCES)), INSTANCES, clock);
        return new Node(instance, sender, heartbeat);
    }

    @Test
    void rowsOfAKilledSenderAreSentByAnotherWithinTheCheckInTimeoutNotTheLease() {
        Node first = node("first");
        Node second = node("second");
        first.heartbeat().checkIn();
        second.heartbeat().checkIn();
        enqueueReplies(5);
        // The first instance claims the replies and is killed before sending them: no outcome, no check-in.
        int claimed = first.sender().claims().take(Set.of(Channel.TELEGRAM), 50, 50).claims().size();
        assertThat(claimed).isEqualTo(5);
        assertThat(claimedBy("first")).isEqualTo(5);

        // Ten seconds on, the second checks in: the first may only be slow, its rows stay with it.
        clock.advance(Duration.ofSeconds(10));
        second.heartbeat().checkIn();
        assertThat(second.sender().drainOnce()).isZero();
        assertThat(live.count("SENDING")).isEqualTo(5);

        // Past the dead-after time (15 s) without a check-in from it: its rows are the second's to send.
        clock.advance(Duration.ofSeconds(6));
        second.heartbeat().checkIn();
        assertThat(second.sender().drainOnce()).isEqualTo(5);

        assertThat(live.count("SENT")).isEqualTo(5);
        assertThat(api.sentMessages()).extracting(SentMessage::chatId)
                .containsExactlyInAnyOrder(FIRST_CHAT, FIRST_CHAT + 1, FIRST_CHAT + 2, FIRST_CHAT + 3, FIRST_CHAT + 4);
        // All of it well inside the lease the rows would otherwise have waited for.
        assertThat(Duration.between(first.instance().startedAt(), clock.instant())).isLessThan(LEASE);
    }

    @Test
    void aLiveInstancesRowsAreNeverTakenHoweverLongItHoldsThem() {
        Node first = node("first");
        Node second = node("second");
        first.heartbeat().checkIn();
        second.heartbeat().checkIn();
        enqueueReplies(3);
        assertThat(first.sender().claims().take(Set.of(Channel.TELEGRAM), 50, 50).claims()).hasSize(3);

        // A minute and a half of check-ins by both, every 5 s, short of the lease.
        for (int i = 0; i < 18; i++) {
            clock.advance(INSTANCES.checkin());
            first.heartbeat().checkIn();
            second.heartbeat().checkIn();
            assertThat(second.sender().drainOnce()).isZero();
        }
        assertThat(claimedBy("first")).isEqualTo(3);
        assertThat(api.sentMessages()).isEmpty();
    }

    @Test
    void aSenderThatWasSilentDoesNotSendWhatItClaimedBeforeItsSilence() {
        Node first = node("first");
        Node second = node("second");
        first.heartbeat().checkIn();
        second.heartbeat().checkIn();
        enqueueReplies(2);
        List<Claim> held = first.sender().claims().take(Set.of(Channel.TELEGRAM), 50, 50).claims();
        assertThat(held).hasSize(2);
        // The first is cut off from the database for 20 s; meanwhile the second sends its rows.
        clock.advance(Duration.ofSeconds(20));
        second.heartbeat().checkIn();
        assertThat(second.sender().drainOnce()).isEqualTo(2);
        // Back, it checks in again. Its claims are young (20 s of a 2 min lease), yet they were taken
        // from it while it was silent: it asks the database, and sends nothing.
        first.heartbeat().checkIn();
        assertThat(held).allSatisfy(claim -> assertThat(first.sender().claims().renewIfAging(claim)).isNull());
        assertThat(api.sentMessages()).hasSize(2);
    }

    @Test
    void aSenderHoldsNoMoreRowsThanItCanSendWithinTheLease() {
        // 1 msg/s and a 10 s lease: at most 10 rows held, though 40 replies wait.
        OutboxSettings slow = new OutboxSettings(true, 1, 1, 50, Duration.ofMillis(100), 10, Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ofSeconds(10), 4, 1);
        assertThat(slow.maxHeld()).isEqualTo(10);
        enqueueReplies(40);
        OutboxSender sender = new OutboxSender(rows, chats, transactions, List.of(LiveOutbox.telegramTo(api)), slow,
                java.time.Clock.systemUTC(), Sleeper.THREAD);
        senders.add(sender);
        OutboxLoop loop = new OutboxLoop(sender, slow);
        loop.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> !api.sentMessages().isEmpty());
            // The lease's worth, and the one row on its way from the stock to a worker.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> live.count("SENDING") <= slow.maxHeld() + 1);
        } finally {
            loop.stop();
        }
    }

    private void enqueueReplies(int count) {
        Instant now = clock.instant();
        List<OutboxMessage> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(OutboxMessage.text(Channel.TELEGRAM, FIRST_CHAT + i, null, "REPLY", null, "پاسخ " + i, now, now));
        }
        new TransactionTemplate(transactions).executeWithoutResult(status -> rows.saveAll(batch));
    }

    private int claimedBy(String instance) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENDING' AND claimed_by = ?",
                Integer.class, instance);
    }
}
