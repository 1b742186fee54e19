package ir.kanoonyar.db.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox queries every database must run the same way: MariaDB/MySQL and H2 in MySQL mode. */
abstract class OutboxRepositoryContract {

    static final Instant NOW = Instant.parse("2026-03-20T08:00:00.123456Z");
    static final List<String> ALL = List.of("TELEGRAM", "BALE", "SIMULATOR");

    @Autowired
    OutboxMessageRepository outbox;

    /**
     * MySQL and MariaDB skip locked rows before they count the LIMIT; H2 counts first, so a second
     * sender there may come back with fewer rows (never with a held one, and never waiting).
     */
    abstract boolean limitsAfterSkipping();
    @Autowired
    PersonRepository persons;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    /** People this test made; removed afterwards, as are the outbox rows, since other tests share the database. */
    private final List<Long> people = new ArrayList<>();

    @BeforeEach
    @AfterEach
    void emptyOutbox() {
        jdbc.update("DELETE FROM outbox_message");
        people.forEach(id -> jdbc.update("DELETE FROM person WHERE id = ?", id));
        people.clear();
    }

    private OutboxMessage pending(Channel channel, long chat, String text, Instant notBefore) {
        return outbox.save(OutboxMessage.text(channel, chat, null, "TEST", null, text, notBefore, NOW));
    }

    private List<String> claimable(Instant now, List<String> channels) {
        return claimable(now, channels, OutboxLane.DIRECT);
    }

    private List<String> claimable(Instant now, List<String> channels, OutboxLane lane) {
        return tx.execute(status -> outbox.lockClaimable(now, channels, lane, 100).stream()
                .map(m -> m.getBody().substring(9, 11)).toList());
    }

    @Test
    void storesADedupKeyOnce() {
        Person person = persons.save(new Person(NOW));
        people.add(person.getId());
        boolean first = tx.execute(s -> outbox.saveUnlessDuplicate(
                OutboxMessage.text(Channel.BALE, 5L, person.getId(), "REMINDER", "r:1", "one", null, NOW)));
        boolean second = tx.execute(s -> outbox.saveUnlessDuplicate(
                OutboxMessage.text(Channel.BALE, 5L, person.getId(), "REMINDER", "r:1", "two", null, NOW)));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        List<OutboxMessage> stored = outbox.findByChannelAndChatIdOrderByIdAsc(Channel.BALE, 5L);
        assertThat(stored).singleElement().satisfies(m -> {
            assertThat(m.getBody()).contains("one");
            assertThat(m.getPersonId()).isEqualTo(person.getId());
            assertThat(m.getNotBefore()).isEqualTo(NOW);
            assertThat(m.getCreatedAt()).isEqualTo(NOW);
            assertThat(m.getStatus()).isEqualTo(OutboxStatus.PENDING);
        });
    }

    @Test
    void aLostDedupRaceLeavesTheCallersTransactionWhole() throws Exception {
        CountDownLatch checked = new CountDownLatch(1);
        CountDownLatch otherCommitted = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            tx.executeWithoutResult(s -> {
                outbox.saveUnlessDuplicate(OutboxMessage.text(Channel.TELEGRAM, 9L, null, "K", "race", "winner", null, NOW));
                await(checked);
            });
            otherCommitted.countDown();
        });
        // The loser checks before the winner commits, and inserts after: the unique key decides.
        tx.executeWithoutResult(s -> {
            assertThat(outbox.existsByDedupKey("race")).isFalse();
            checked.countDown();
            await(otherCommitted);
            outbox.insertUnlessDuplicate("TELEGRAM", 9L, null, "K", "race", OutboxMessage.textBody("loser"), NOW, NOW,
                    "DIRECT");
            outbox.save(OutboxMessage.text(Channel.TELEGRAM, 9L, null, "K", null, "same transaction", null, NOW));
        });
        other.get(30, TimeUnit.SECONDS);

        assertThat(outbox.findByChannelAndChatIdOrderByIdAsc(Channel.TELEGRAM, 9L))
                .extracting(OutboxMessage::getBody)
                .containsExactly(OutboxMessage.textBody("winner"), OutboxMessage.textBody("same transaction"));
    }

    @Test
    void aDedupKeyedRowKeepsItsLane() {
        tx.executeWithoutResult(s -> outbox.saveUnlessDuplicate(
                OutboxMessage.text(Channel.TELEGRAM, 11L, null, "K", "lane-kept", "bulk", null, NOW).inBulkLane()));
        assertThat(outbox.findByChannelAndChatIdOrderByIdAsc(Channel.TELEGRAM, 11L))
                .extracting(OutboxMessage::getLane).containsExactly(OutboxLane.BULK);
    }

    @Test
    void claimsDueRowsOnePerChatInIdOrder() {
        pending(Channel.TELEGRAM, 1, "a1", NOW);
        pending(Channel.TELEGRAM, 1, "a2", NOW.minusSeconds(5));
        pending(Channel.TELEGRAM, 2, "b1", NOW.plusSeconds(3600));
        pending(Channel.TELEGRAM, 2, "b2", NOW);
        OutboxMessage c1 = pending(Channel.TELEGRAM, 3, "c1", NOW);
        pending(Channel.TELEGRAM, 3, "c2", NOW);
        OutboxMessage d1 = pending(Channel.TELEGRAM, 4, "d1", NOW);
        pending(Channel.TELEGRAM, 4, "d2", NOW);
        pending(Channel.BALE, 1, "e1", NOW);
        pending(Channel.TELEGRAM, 5, "f1", NOW.plusNanos(1000));
        tx.executeWithoutResult(s -> {
            // c1 was tried and waits for its retry; d1 is being sent right now.
            OutboxMessage c = outbox.lockById(c1.getId()).orElseThrow();
            c.claim(NOW.minusSeconds(10));
            c.retryAt(NOW.plusSeconds(60), "502");
            outbox.lockById(d1.getId()).orElseThrow().claim(NOW.minusSeconds(1));
        });

        // a2 waits behind a1; b1 is merely scheduled and holds nothing up; c2 and d2 wait; e1 is on
        // another messenger; f1 is not due yet (by a microsecond).
        assertThat(claimable(NOW, List.of("TELEGRAM"))).containsExactly("a1", "b2");
        assertThat(claimable(NOW, ALL)).containsExactly("a1", "b2", "e1");
    }

    @Test
    void claimsEachLaneApartKeepingOneSendPerChat() {
        OutboxMessage b1 = outbox.save(OutboxMessage.text(Channel.TELEGRAM, 1, null, "TEST", null, "b1", NOW, NOW)
                .ofBroadcast(7));
        pending(Channel.TELEGRAM, 1, "r1", NOW);
        OutboxMessage b2 = outbox.save(OutboxMessage.text(Channel.TELEGRAM, 2, null, "TEST", null, "b2", NOW, NOW)
                .ofBroadcast(7));
        pending(Channel.TELEGRAM, 2, "r2", NOW);
        outbox.save(OutboxMessage.text(Channel.TELEGRAM, 3, null, "TEST", null, "b3", NOW, NOW).inBulkLane());
        outbox.save(OutboxMessage.text(Channel.TELEGRAM, 3, null, "TEST", null, "c3", NOW, NOW).inBulkLane());
        // b2 is being sent right now.
        tx.executeWithoutResult(s -> outbox.lockById(b2.getId()).orElseThrow().claim(NOW.minusSeconds(1)));

        // r1 does not wait for the broadcast row queued before it in its chat; r2 waits for b2 in flight;
        // in the bulk lane a chat's rows still go one after the other.
        assertThat(claimable(NOW, ALL, OutboxLane.DIRECT)).containsExactly("r1");
        assertThat(claimable(NOW, ALL, OutboxLane.BULK)).containsExactly("b1", "b3");
        assertThat(outbox.findById(b1.getId()).orElseThrow().getBroadcastId()).isEqualTo(7L);
    }

    @Test
    void claimsAndSettlesABatchInOneStatementEach() {
        OutboxMessage a = pending(Channel.TELEGRAM, 1, "a1", NOW);
        OutboxMessage b = pending(Channel.TELEGRAM, 2, "b1", NOW);
        OutboxMessage c = pending(Channel.TELEGRAM, 3, "c1", NOW);
        Instant claim = NOW.plusSeconds(1);

        int claimed = tx.execute(s -> {
            List<Long> ids = outbox.lockClaimable(NOW, ALL, OutboxLane.DIRECT, 10).stream()
                    .map(OutboxMessage::getId).toList();
            return outbox.claimAll(ids, claim);
        });
        // c changes hands meanwhile (its claim expired and another sender took it).
        jdbc.update("UPDATE outbox_message SET claimed_at = ? WHERE id = ?",
                java.sql.Timestamp.from(claim.plusSeconds(200)), c.getId());
        int sent = tx.execute(s -> outbox.markAllSent(List.of(a.getId(), b.getId(), c.getId()), claim,
                NOW.plusSeconds(2)));

        assertThat(claimed).isEqualTo(3);
        assertThat(sent).isEqualTo(2);
        assertThat(outbox.findById(a.getId()).orElseThrow()).satisfies(m -> {
            assertThat(m.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(m.getAttempts()).isEqualTo(1);
            assertThat(m.getSentAt()).isEqualTo(NOW.plusSeconds(2));
        });
        assertThat(outbox.findById(c.getId()).orElseThrow().getStatus()).isEqualTo(OutboxStatus.SENDING);
    }

    @Test
    void skipsRowsAnotherSenderHoldsWithoutWaiting() throws Exception {
        pending(Channel.TELEGRAM, 1, "a1", NOW);
        pending(Channel.TELEGRAM, 1, "a2", NOW);
        pending(Channel.TELEGRAM, 2, "b1", NOW);
        pending(Channel.TELEGRAM, 3, "c1", NOW);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<List<Long>> first = CompletableFuture.supplyAsync(() -> tx.execute(s -> {
            List<Long> ids = outbox.lockClaimable(NOW, ALL, OutboxLane.DIRECT, 2).stream().map(OutboxMessage::getId).toList();
            held.countDown();
            await(done);
            return ids;
        }));
        await(held);
        try {
            List<String> second = claimable(NOW, ALL);
            if (limitsAfterSkipping()) {
                assertThat(second).containsExactly("c1");
            } else {
                assertThat(second).isSubsetOf("c1");
            }
        } finally {
            done.countDown();
        }
        assertThat(first.get(30, TimeUnit.SECONDS)).hasSize(2);
    }

    @Test
    void releasesOnlyExpiredClaims() {
        OutboxMessage stale = pending(Channel.TELEGRAM, 1, "s1", NOW);
        OutboxMessage fresh = pending(Channel.TELEGRAM, 2, "f1", NOW);
        tx.executeWithoutResult(s -> {
            outbox.lockById(stale.getId()).orElseThrow().claim(NOW.minusSeconds(121));
            outbox.lockById(fresh.getId()).orElseThrow().claim(NOW.minusSeconds(119));
        });

        int released = tx.execute(s -> outbox.releaseClaimsOlderThan(NOW.minusSeconds(120)));

        assertThat(released).isEqualTo(1);
        assertThat(outbox.findById(stale.getId()).orElseThrow().getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(outbox.findById(stale.getId()).orElseThrow().getClaimedAt()).isEqualTo(NOW.minusSeconds(121));
        assertThat(outbox.findById(fresh.getId()).orElseThrow().getStatus()).isEqualTo(OutboxStatus.SENDING);
    }

    @Test
    void blocksEveryPendingRowOfOneChat() {
        pending(Channel.TELEGRAM, 1, "a1", NOW);
        pending(Channel.TELEGRAM, 1, "a2", NOW.plusSeconds(86_400));
        pending(Channel.BALE, 1, "b1", NOW);

        int blocked = tx.execute(s -> outbox.blockPending(Channel.TELEGRAM, 1L, "blocked"));

        assertThat(blocked).isEqualTo(2);
        assertThat(outbox.findByChannelAndChatIdOrderByIdAsc(Channel.TELEGRAM, 1L))
                .extracting(OutboxMessage::getStatus).containsOnly(OutboxStatus.BLOCKED);
        assertThat(outbox.findByChannelAndChatIdOrderByIdAsc(Channel.BALE, 1L))
                .extracting(OutboxMessage::getStatus).containsOnly(OutboxStatus.PENDING);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other transaction never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
