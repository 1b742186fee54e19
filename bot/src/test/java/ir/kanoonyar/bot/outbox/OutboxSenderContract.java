package ir.kanoonyar.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import ir.kanoonyar.bot.BotApplication;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.outbox.OutboxStatus;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox sender against a real database, through scripted messengers, on a clock the test moves
 * (the sender's rate-limit waits move it too). Senders are built here, over the app's repositories
 * and transaction manager; the app's own background loop is off.
 */
@SpringBootTest(classes = BotApplication.class, properties = "kanoonyar.outbox.enabled=false")
@Import({CleanSchemaFirst.class, ScriptedChatSender.Messengers.class})
abstract class OutboxSenderContract {

    private static final Logger log = LoggerFactory.getLogger(OutboxSenderContract.class);

    /** Later than the real now, so rows the app's Outbox writes with the real clock are due at once. */
    static final Instant T0 = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    static final Duration LEASE = Duration.ofMinutes(2);

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxMessageRepository rows;
    @Autowired
    PersonChatRepository personChats;
    @Autowired
    PersonRepository persons;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScriptedChatSender telegramScript;
    @Autowired
    ScriptedChatSender baleScript;
    @Autowired
    OutboxSender appSender;

    final MutableClock clock = new MutableClock(T0);

    /** People this test made; removed afterwards, as are its rows, since other tests share the database. */
    private final List<Long> people = new ArrayList<>();
    /** Broadcasts this test made, removed afterwards too. */
    private final List<Long> broadcasts = new ArrayList<>();

    @BeforeEach
    void emptyOutbox() {
        deleteRows();
        telegramScript.reset();
        baleScript.reset();
        telegramScript.useClock(clock);
        baleScript.useClock(clock);
    }

    @AfterEach
    void leaveNothingBehind() {
        deleteRows();
        telegramScript.reset();
        baleScript.reset();
    }

    private void deleteRows() {
        jdbc.update("DELETE FROM outbox_message");
        for (Long id : people) {
            jdbc.update("DELETE FROM person_chat WHERE person_id = ?", id);
            jdbc.update("DELETE FROM person WHERE id = ?", id);
        }
        people.clear();
        for (Long id : broadcasts) {
            jdbc.update("DELETE FROM broadcast WHERE id = ?", id);
        }
        broadcasts.clear();
    }

    Person person() {
        Person person = persons.save(new Person(T0));
        people.add(person.getId());
        return person;
    }

    /**
     * Fast limits, so that only the tests about pacing see it; one worker, so that each send is
     * answered before the next is paced and the scripted order of events is the order sent.
     */
    static OutboxSettings settings(double ratePerBot, double ratePerChat, int maxAttempts) {
        return settings(ratePerBot, ratePerChat, maxAttempts, 1);
    }

    static OutboxSettings settings(double ratePerBot, double ratePerChat, int maxAttempts, int workers) {
        return new OutboxSettings(false, ratePerBot, ratePerChat, 50, Duration.ofMillis(100), maxAttempts, LEASE,
                Duration.ofSeconds(10), Duration.ofMinutes(10), workers, 1);
    }

    OutboxSender sender(OutboxSettings settings, ChatSender... senders) {
        return new OutboxSender(rows, personChats, transactionManager,
                senders.length == 0 ? List.of(telegramScript, baleScript) : List.of(senders), settings, clock,
                clock::advance);
    }

    /** A sender on the real clock that really sleeps for its rate limit. */
    OutboxSender realTimeSender(OutboxSettings settings, ChatSender sender) {
        return new OutboxSender(rows, personChats, transactionManager, List.of(sender), settings, Clock.systemUTC(),
                Sleeper.THREAD);
    }

    OutboxSender fastSender() {
        return sender(settings(1000, 1000, 3));
    }

    OutboxMessage add(Channel channel, long chat, String text) {
        return rows.save(OutboxMessage.text(channel, chat, null, "TEST", null, text, clock.instant(), clock.instant()));
    }

    OutboxMessage row(OutboxMessage row) {
        return rows.findById(row.getId()).orElseThrow();
    }

    Map<Long, List<String>> deliveredByChat(List<ScriptedChatSender.Call> calls) {
        return calls.stream().collect(Collectors.groupingBy(ScriptedChatSender.Call::chatId,
                Collectors.mapping(ScriptedChatSender.Call::text, Collectors.toList())));
    }

    @Test
    void theAppsSenderSendsThroughEveryEnabledChatSenderBean() {
        // The scripted senders and the simulator's channel (whose rows fail at once while the simulator is
        // off); the app's own Telegram and Bale senders have no token.
        assertThat(appSender.channels()).containsExactlyInAnyOrder(Channel.TELEGRAM, Channel.BALE, Channel.SIMULATOR);
    }

    @Test
    void sendsEachDueRowOnce() {
        for (int chat = 0; chat < 5; chat++) {
            outbox.enqueue(Channel.TELEGRAM, chat, null, "TEST", Reply.text("m" + chat));
        }
        OutboxSender sender = fastSender();

        assertThat(sender.drainOnce()).isEqualTo(5);
        assertThat(sender.drainOnce()).isZero();
        clock.advance(Duration.ofMinutes(5));
        assertThat(sender.drainOnce()).isZero();

        assertThat(telegramScript.deliveredTexts()).containsExactly("m0", "m1", "m2", "m3", "m4");
        assertThat(rows.findAll()).allSatisfy(row -> {
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(row.getAttempts()).isEqualTo(1);
            assertThat(row.getSentAt()).isNotNull();
            assertThat(row.getLastError()).isNull();
        });
    }

    @Test
    void sendsARowTheBackofficeWroteAsPlainText() {
        String text = "درخواست «۱۲۳۴» \"تأیید\" شد\nکد پیگیری: ۱۲۳۴";
        rows.save(OutboxMessage.text(Channel.BALE, 11L, null, "STATUS", null, text, null, T0));

        fastSender().drainOnce();

        assertThat(baleScript.delivered()).singleElement()
                .satisfies(call -> assertThat(call.reply()).isEqualTo(Reply.text(text)));
    }

    @Test
    void enqueuesADedupKeyOnceAndKeepsTheCallersTransaction() {
        Reply reminder = Reply.text("یادآوری گزارش فعالیت");

        boolean first = outbox.enqueue(Channel.TELEGRAM, 3L, null, "REMINDER", reminder, "report:3:1405-01", null);
        boolean again = tx.execute(status -> {
            boolean duplicate = outbox.enqueue(Channel.TELEGRAM, 3L, null, "REMINDER", reminder, "report:3:1405-01", null);
            outbox.enqueue(Channel.TELEGRAM, 3L, null, "NOTIFICATION", Reply.text("written with it"));
            return duplicate;
        });

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(rows.findByChannelAndChatIdOrderByIdAsc(Channel.TELEGRAM, 3L))
                .extracting(OutboxMessage::getKind).containsExactly("REMINDER", "NOTIFICATION");
    }

    @Test
    void keepsAScheduledRowUntilItsTime() {
        Instant later = T0.plus(Duration.ofHours(1));
        outbox.enqueue(Channel.TELEGRAM, 4L, null, "REMINDER", Reply.text("later"), null, later);
        OutboxSender sender = fastSender();

        assertThat(sender.drainOnce()).isZero();
        clock.set(later);
        assertThat(sender.drainOnce()).isEqualTo(1);

        assertThat(telegramScript.deliveredTexts()).containsExactly("later");
    }

    @Test
    void aRetryAfterPausesTheBotAndSendsTheRowWhenAsked() {
        telegramScript.script(1L, new SendResult.RetryAfter(Duration.ofSeconds(7)));
        OutboxMessage a1 = add(Channel.TELEGRAM, 1L, "a1");
        OutboxMessage a2 = add(Channel.TELEGRAM, 1L, "a2");
        OutboxMessage b1 = add(Channel.TELEGRAM, 2L, "b1");
        OutboxMessage c1 = add(Channel.BALE, 1L, "c1");
        OutboxSender sender = fastSender();

        sender.drainOnce();

        Instant refusedAt = telegramScript.calls().get(0).at();
        assertThat(telegramScript.calls()).extracting(ScriptedChatSender.Call::text).containsExactly("a1");
        assertThat(baleScript.deliveredTexts()).containsExactly("c1");
        assertThat(row(a1).getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(row(a1).getNotBefore()).isEqualTo(refusedAt.plusSeconds(7));
        assertThat(row(a1).getAttempts()).isZero();
        assertThat(row(a1).getLastError()).contains("429");
        // b1 was claimed in the same round and given back unsent: the bot is paused.
        assertThat(row(b1).getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(row(b1).getNotBefore()).isEqualTo(refusedAt.plusSeconds(7));
        assertThat(row(b1).getAttempts()).isZero();
        assertThat(row(a2).getNotBefore()).isEqualTo(T0);

        clock.advance(Duration.ofSeconds(6));
        assertThat(sender.drainOnce()).isZero();
        clock.set(refusedAt.plusSeconds(7));
        sender.drainOnce();
        clock.advance(Duration.ofSeconds(1));
        sender.drainOnce();

        assertThat(telegramScript.calls()).extracting(ScriptedChatSender.Call::text).containsExactly("a1", "a1", "b1", "a2");
        assertThat(telegramScript.deliveredTexts()).containsExactly("a1", "b1", "a2");
        assertThat(List.of(row(a1), row(a2), row(b1), row(c1))).allSatisfy(row -> {
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(row.getAttempts()).isEqualTo(1);
        });
    }

    @Test
    void aBlockedChatIsMarkedAndGetsNothingMore() {
        Person person = person();
        PersonChat chat = personChats.save(new PersonChat(person.getId(), Channel.TELEGRAM, 3L, T0));
        personChats.save(new PersonChat(person.getId(), Channel.BALE, 3L, T0));
        telegramScript.script(3L, new SendResult.Blocked("Forbidden: bot was blocked by the user"));
        OutboxMessage r1 = add(Channel.TELEGRAM, 3L, "r1");
        OutboxMessage r2 = add(Channel.TELEGRAM, 3L, "r2");
        OutboxMessage r3 = rows.save(OutboxMessage.text(Channel.TELEGRAM, 3L, person.getId(), "REMINDER", null, "r3",
                T0.plus(Duration.ofDays(1)), T0));
        OutboxMessage other = add(Channel.TELEGRAM, 4L, "other");
        OutboxMessage onBale = add(Channel.BALE, 3L, "on bale");
        OutboxSender sender = fastSender();

        sender.drainOnce();

        Instant refusedAt = telegramScript.callsTo(3L).get(0).at();
        assertThat(row(r1).getStatus()).isEqualTo(OutboxStatus.BLOCKED);
        assertThat(row(r1).getLastError()).isEqualTo("403: Forbidden: bot was blocked by the user");
        assertThat(List.of(row(r2), row(r3))).extracting(OutboxMessage::getStatus)
                .containsOnly(OutboxStatus.BLOCKED);
        assertThat(personChats.findById(chat.getId()).orElseThrow().getBlockedAt()).isEqualTo(refusedAt);
        assertThat(personChats.findByChannelAndChatId(Channel.BALE, 3L).orElseThrow().isBlocked()).isFalse();
        assertThat(row(other).getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(row(onBale).getStatus()).isEqualTo(OutboxStatus.SENT);

        OutboxMessage afterwards = add(Channel.TELEGRAM, 3L, "written after the 403");
        clock.advance(Duration.ofDays(2));
        sender.drainOnce();

        assertThat(row(afterwards).getStatus()).isEqualTo(OutboxStatus.BLOCKED);
        assertThat(telegramScript.callsTo(3L)).hasSize(1);
    }

    // ---- broadcasts paused or cancelled while their rows wait ----

    @Test
    void aCancelledBroadcastsWaitingRowsAreCancelledAndAPausedOnesHeldNotSent() {
        long cancelled = broadcast("CANCELLED");
        long paused = broadcast("PAUSED");
        // Rows still waiting: ones the cancel's long move had not reached, or given back after it.
        List<OutboxMessage> ofCancelled = broadcastRows(cancelled, 10L, 3);
        List<OutboxMessage> ofPaused = broadcastRows(paused, 20L, 3);
        OutboxMessage reply = add(Channel.TELEGRAM, 30L, "reply");

        fastSender().drainOnce();

        assertThat(telegramScript.deliveredTexts()).containsExactly("reply");
        assertThat(ofCancelled).extracting(r -> row(r).getStatus()).containsOnly(OutboxStatus.CANCELLED);
        assertThat(ofPaused).extracting(r -> row(r).getStatus()).containsOnly(OutboxStatus.HELD);
        assertThat(row(reply).getStatus()).isEqualTo(OutboxStatus.SENT);

        // Resumed as BroadcastDelivery.resume does it: the held rows go.
        jdbc.update("UPDATE broadcast SET status = 'SENDING' WHERE id = ?", paused);
        jdbc.update("UPDATE outbox_message SET status = 'PENDING' WHERE broadcast_id = ? AND status = 'HELD'", paused);
        fastSender().drainOnce();
        assertThat(telegramScript.deliveredTexts()).hasSize(4).contains("news " + paused);
    }

    @Test
    void aBroadcastBeingPausedKeepsItsRowsForThePauseWhileRepliesGoOn() throws Exception {
        // The pause's first step is committed; its second, moving 100,000 rows, holds the broadcast's row.
        long pausing = broadcast("PAUSED");
        List<OutboxMessage> waiting = broadcastRows(pausing, 40L, 3);
        OutboxMessage reply = add(Channel.TELEGRAM, 50L, "reply");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService mover = Executors.newSingleThreadExecutor();
        try {
            Future<?> move = mover.submit(() -> tx.executeWithoutResult(s -> {
                jdbc.queryForList("SELECT id FROM broadcast WHERE id = ? FOR UPDATE", pausing);
                locked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

            OutboxSender sender = fastSender();
            sender.drainOnce();

            assertThat(telegramScript.deliveredTexts()).as("the reply went; the claim did not wait")
                    .containsExactly("reply");
            assertThat(waiting).extracting(r -> row(r).getStatus()).as("left to the move")
                    .containsOnly(OutboxStatus.PENDING);
            release.countDown();
            move.get(10, TimeUnit.SECONDS);

            // The move ended without reaching them (a stop between its steps): the next claim holds them.
            sender.drainOnce();
            assertThat(waiting).extracting(r -> row(r).getStatus()).containsOnly(OutboxStatus.HELD);
            assertThat(telegramScript.deliveredTexts()).containsExactly("reply");
        } finally {
            release.countDown();
            mover.shutdownNow();
        }
    }

    @Test
    void aBroadcastGoingOutAsUsualIsClaimedWithoutLockingItsRow() throws Exception {
        // Another sender's claim, or the progress page marking it done, holds the broadcast's row.
        long sending = broadcast("SENDING");
        List<OutboxMessage> rowsOfIt = broadcastRows(sending, 60L, 3);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = other.submit(() -> tx.executeWithoutResult(s -> {
                jdbc.queryForList("SELECT id FROM broadcast WHERE id = ? FOR UPDATE", sending);
                locked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

            fastSender().drainOnce();

            assertThat(rowsOfIt).extracting(r -> row(r).getStatus()).containsOnly(OutboxStatus.SENT);
            release.countDown();
            holding.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            other.shutdownNow();
        }
    }

    /** A broadcast row in this status (the sender reads only its status). */
    long broadcast(String status) {
        jdbc.update("INSERT INTO broadcast (created_by, segment_role, text, status, created_at) VALUES"
                + " ('tester', 'EVERYONE', 'خبر', ?, ?)", status, Timestamp.from(T0));
        long id = jdbc.queryForObject("SELECT MAX(id) FROM broadcast", Long.class);
        broadcasts.add(id);
        return id;
    }

    /** One waiting row of the broadcast to each of count chats from firstChat on, text "news {id}". */
    List<OutboxMessage> broadcastRows(long broadcastId, long firstChat, int count) {
        List<OutboxMessage> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(rows.save(OutboxMessage.text(Channel.TELEGRAM, firstChat + i, null, "BROADCAST", null,
                    "news " + broadcastId, clock.instant(), clock.instant()).ofBroadcast(broadcastId)));
        }
        return made;
    }

    @Test
    void retriesTransientFailuresWithBackoffThenFails() {
        telegramScript.script(5L, new SendResult.TransientFailure("502 Bad Gateway"),
                new SendResult.TransientFailure("connect timed out"), new SendResult.TransientFailure("502 Bad Gateway"));
        telegramScript.scriptThrow(6L, new IllegalStateException("connection reset"));
        telegramScript.script(7L, new SendResult.PermanentFailure("400 Bad Request: message text is empty"));
        OutboxMessage x1 = add(Channel.TELEGRAM, 5L, "x1");
        OutboxMessage x2 = add(Channel.TELEGRAM, 5L, "x2");
        OutboxMessage y = add(Channel.TELEGRAM, 6L, "y");
        OutboxMessage z = add(Channel.TELEGRAM, 7L, "z");
        OutboxSender sender = sender(settings(1000, 1000, 3));

        sender.drainOnce();

        Instant first = telegramScript.callsTo(5L).get(0).at();
        assertThat(row(x1).getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(row(x1).getAttempts()).isEqualTo(1);
        assertThat(row(x1).getNotBefore()).isEqualTo(first.plusSeconds(10));
        assertThat(row(x1).getLastError()).isEqualTo("502 Bad Gateway");
        assertThat(row(y).getStatus()).isEqualTo(OutboxStatus.PENDING);
        Instant yFirst = telegramScript.callsTo(6L).get(0).at();
        assertThat(row(y).getNotBefore()).isEqualTo(yFirst.plusSeconds(10));
        assertThat(row(y).getLastError()).contains("connection reset");
        assertThat(row(z).getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(row(z).getLastError()).isEqualTo("400 Bad Request: message text is empty");

        assertThat(sender.drainOnce()).isZero();
        clock.set(yFirst.plusSeconds(10));
        sender.drainOnce();

        Instant second = telegramScript.callsTo(5L).get(1).at();
        assertThat(row(x1).getAttempts()).isEqualTo(2);
        assertThat(row(x1).getNotBefore()).isEqualTo(second.plusSeconds(20));
        assertThat(row(y).getStatus()).isEqualTo(OutboxStatus.SENT);

        clock.set(second.plusSeconds(20));
        sender.drainOnce();

        assertThat(row(x1).getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(row(x1).getAttempts()).isEqualTo(3);
        assertThat(row(x1).getLastError()).isEqualTo("gave up after 3 attempts: 502 Bad Gateway");

        // The chat's next row goes out once the failed one is settled.
        clock.advance(Duration.ofSeconds(1));
        sender.drainOnce();
        assertThat(telegramScript.callsTo(5L)).extracting(ScriptedChatSender.Call::text)
                .containsExactly("x1", "x1", "x1", "x2");
        assertThat(row(x2).getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(telegramScript.callsTo(7L)).hasSize(1);
    }

    @Test
    void keepsEachChatsOrderAtOneMessageASecond() {
        List<OutboxMessage> toThirty = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            toThirty.add(add(Channel.TELEGRAM, 30L, "m" + i));
            if (i <= 2) {
                add(Channel.TELEGRAM, 31L, "n" + i);
            }
        }
        OutboxSender sender = sender(settings(30, 1, 3));
        List<Integer> perRound = new ArrayList<>();

        perRound.add(sender.drainOnce());
        perRound.add(sender.drainOnce());
        for (int round = 0; round < 4; round++) {
            clock.advance(Duration.ofSeconds(1));
            perRound.add(sender.drainOnce());
        }

        // One message per chat per second: the second round, in the same second, sends nothing.
        assertThat(perRound).containsExactly(2, 0, 2, 1, 1, 0);
        assertThat(deliveredByChat(telegramScript.delivered()))
                .containsEntry(30L, List.of("m1", "m2", "m3", "m4"))
                .containsEntry(31L, List.of("n1", "n2"));
        assertThat(toThirty).allSatisfy(row -> assertThat(row(row).getStatus()).isEqualTo(OutboxStatus.SENT));
    }

    @Test
    void sendsAgainARowWhoseClaimOutlivedTheLeaseButNotAFreshOne() {
        OutboxMessage stale = add(Channel.TELEGRAM, 20L, "stale");
        OutboxMessage fresh = add(Channel.TELEGRAM, 21L, "fresh");
        tx.executeWithoutResult(status -> {
            // Two senders that died mid-send: one long ago, one just now.
            rows.lockById(stale.getId()).orElseThrow().claim(T0.minus(LEASE).minusSeconds(1));
            rows.lockById(fresh.getId()).orElseThrow().claim(T0.minus(LEASE).plusSeconds(1));
        });
        OutboxSender sender = fastSender();

        sender.drainOnce();

        assertThat(telegramScript.deliveredTexts()).containsExactly("stale");
        assertThat(row(stale).getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(row(stale).getAttempts()).isEqualTo(2);
        assertThat(row(fresh).getStatus()).isEqualTo(OutboxStatus.SENDING);

        clock.advance(Duration.ofSeconds(2));
        sender.drainOnce();

        assertThat(telegramScript.deliveredTexts()).containsExactly("stale", "fresh");
        assertThat(row(fresh).getStatus()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void twoSendersDrainFiveHundredRowsSendingEachOnce() throws Exception {
        int chats = 100;
        int perChat = 5;
        // The real clock here: a sender held up by the database must not see the other run the test
        // clock past its lease.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<OutboxMessage> batch = new ArrayList<>();
        for (int k = 0; k < perChat; k++) {
            for (int chat = 0; chat < chats; chat++) {
                batch.add(OutboxMessage.text(Channel.TELEGRAM, 1000L + chat, null, "BROADCAST", null,
                        String.format("%03d-%d", chat, k), now, now));
            }
        }
        rows.saveAll(batch);
        List<ScriptedChatSender.Call> delivered = Collections.synchronizedList(new ArrayList<>());
        ScriptedChatSender first = new ScriptedChatSender(Channel.TELEGRAM, "first", delivered);
        ScriptedChatSender second = new ScriptedChatSender(Channel.TELEGRAM, "second", delivered);
        List<OutboxSender> senders = List.of(realTimeSender(settings(10_000, 10_000, 3, 4), first),
                realTimeSender(settings(10_000, 10_000, 3, 4), second));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (OutboxSender sender : senders) {
                rounds.add(threads.submit(drainUntilEmpty(sender, start)));
            }
            start.countDown();
            for (Future<Integer> done : rounds) {
                done.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        List<String> texts = delivered.stream().map(ScriptedChatSender.Call::text).toList();
        log.info("500 rows sent by two senders: {}", delivered.stream()
                .collect(Collectors.groupingBy(ScriptedChatSender.Call::by, Collectors.counting())));
        assertThat(texts).hasSize(chats * perChat).doesNotHaveDuplicates();
        assertThat(deliveredByChat(delivered).values()).hasSize(chats).allSatisfy(inChat ->
                assertThat(inChat).hasSize(perChat).isSorted());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT' AND attempts = 1",
                Integer.class)).isEqualTo(chats * perChat);
    }

    private Callable<Integer> drainUntilEmpty(OutboxSender sender, CountDownLatch start) {
        return () -> {
            start.await();
            int rounds = 0;
            while (open() > 0) {
                if (++rounds > 100_000) {
                    throw new IllegalStateException("the outbox never emptied");
                }
                if (sender.drainOnce() == 0) {
                    // Nothing this sender could take: the other holds the rows, or the chats wait their turn.
                    // A pause between tries (not a wait for a condition): the other sender is the point here.
                    Thread.sleep(1);
                }
            }
            return rounds;
        };
    }

    private int open() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status IN ('PENDING', 'SENDING')",
                Integer.class);
    }
}
