package ir.kanoonyar.db.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import ir.kanoonyar.testsupport.MariaDbTest;
import ir.kanoonyar.testsupport.PeopleWithChats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pause, resume and cancel commit the status only; the rows move behind, a window at a time, toward
 * the status the broadcast has when each window runs, and a move cut short is finished by the next run.
 */
class BroadcastRowMovesOnMariaDbTest extends MariaDbTest {

    private static final int CHATS = 12;

    @Autowired
    BroadcastDelivery delivery;
    @Autowired
    BroadcastRowMoves moves;
    @Autowired
    BroadcastRepository broadcasts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    long id;

    /** A broadcast to {@value #CHATS} chats of a county no other broadcast test uses, enqueued. */
    @BeforeEach
    void aBroadcast() {
        PeopleWithChats people = new PeopleWithChats(jdbc);
        long county = people.countyId("0002");
        long province = people.provinceOfCounty(county);
        String name = "گیرنده " + System.nanoTime();
        for (int i = 0; i < CHATS; i++) {
            people.chat(people.person(county, name), "TELEGRAM", false);
        }
        Segment segment = new Segment(province, county, SegmentRole.EVERYONE, null, null);
        id = tx.execute(s -> broadcasts.save(new Broadcast("tester", segment, "جابه‌جایی", null, Instant.now())).getId());
        delivery.enqueue(id);
    }

    /** Rows left waiting would be sent by another test's bot, or counted by its outbox checks. */
    @AfterEach
    void cancelWhatIsLeft() {
        jdbc.update("UPDATE outbox_message SET status = 'CANCELLED' WHERE broadcast_id IS NOT NULL"
                + " AND status IN ('PENDING', 'HELD')");
    }

    @Test
    void pauseAndResumeCommitTheStatusAndTheRowsFollowBehind() {
        int total = count(null);
        assertThat(total).isGreaterThanOrEqualTo(CHATS);
        assertThat(moving()).isFalse();

        delivery.pause(id);
        // Committed, as another connection reads it, while every row still waits where it was.
        assertThat(status()).isEqualTo("PAUSED");
        assertThat(count("PENDING")).isEqualTo(total);
        assertThat(moving()).isTrue();
        assertThat(moves.unfinished()).contains(id);

        assertThat(moves.finishAll()).isGreaterThanOrEqualTo(total);
        assertThat(count("HELD")).isEqualTo(total);
        assertThat(moving()).isFalse();
        assertThat(moves.unfinished()).doesNotContain(id);

        delivery.resume(id);
        assertThat(status()).isEqualTo("SENDING");
        assertThat(count("HELD")).isEqualTo(total);
        assertThat(moving()).isTrue();
        moves.finishAll();
        assertThat(count("PENDING")).isEqualTo(total);
        assertThat(moving()).isFalse();

        delivery.cancel(id);
        assertThat(status()).isEqualTo("CANCELLED");
        moves.finishAll();
        assertThat(count("CANCELLED")).isEqualTo(total);
        assertThat(moving()).isFalse();
    }

    @Test
    void aMoveCutHalfWayIsFinishedByTheNextRun() {
        int total = count(null);
        delivery.pause(id);
        assertThat(moves.window(id, 5)).isEqualTo(new BroadcastRowMoves.Window(5, false));
        // The instance moving them dies here: five held, the rest still waiting, and the move unfinished.
        assertThat(count("HELD")).isEqualTo(5);
        assertThat(moves.unfinished()).contains(id);
        moves.finishAll();
        assertThat(count("HELD")).isEqualTo(total);

        delivery.resume(id);
        moves.window(id, 5);
        assertThat(count("PENDING")).isEqualTo(5);
        // A resume cut in two must not leave rows held for ever: the next run releases them.
        assertThat(moves.unfinished()).contains(id);
        moves.finishAll();
        assertThat(count("PENDING")).isEqualTo(total);
        assertThat(moves.unfinished()).doesNotContain(id);
    }

    @Test
    void aResumeThenAPauseEndWithTheRowsHeldAndAPauseThenAResumeWithThemWaiting() {
        int total = count(null);
        delivery.pause(id);
        moves.finish(id);

        delivery.resume(id);
        moves.window(id, 5);
        delivery.pause(id);
        // The rest of the resume's move finds the broadcast paused again and holds what it released.
        moves.finishAll();
        assertThat(count("HELD")).isEqualTo(total);

        delivery.resume(id);
        moves.window(id, 5);
        delivery.pause(id);
        moves.window(id, 3);
        delivery.resume(id);
        moves.finishAll();
        assertThat(count("PENDING")).isEqualTo(total);

        delivery.pause(id);
        moves.window(id, 5);
        delivery.cancel(id);
        moves.finishAll();
        assertThat(count("CANCELLED")).isEqualTo(total);
    }

    @Test
    void movesRunningWhileStaffPauseAndResumeEndInTheLatestStatus() throws Exception {
        int total = count(null);
        AtomicBoolean stop = new AtomicBoolean();
        // A mover one row per window, all the while: its windows interleave with the staff's moves.
        CompletableFuture<Void> mover = CompletableFuture.runAsync(() -> {
            while (!stop.get()) {
                moves.window(id, 1);
            }
        });
        try {
            for (int i = 0; i < 10; i++) {
                delivery.pause(id);
                delivery.resume(id);
            }
            delivery.pause(id);
        } finally {
            stop.set(true);
            mover.get(1, TimeUnit.MINUTES);
        }
        moves.finishAll();
        assertThat(count("HELD")).isEqualTo(total);
        assertThat(moving()).isFalse();
    }

    private String status() {
        return jdbc.queryForObject("SELECT status FROM broadcast WHERE id = ?", String.class, id);
    }

    private boolean moving() {
        return broadcasts.findById(id).orElseThrow().rowsMoving();
    }

    private int count(String status) {
        List<Integer> n = status == null
                ? jdbc.queryForList("SELECT COUNT(*) FROM outbox_message WHERE broadcast_id = ?", Integer.class, id)
                : jdbc.queryForList("SELECT COUNT(*) FROM outbox_message WHERE broadcast_id = ? AND status = ?",
                        Integer.class, id, status);
        return n.get(0);
    }
}
