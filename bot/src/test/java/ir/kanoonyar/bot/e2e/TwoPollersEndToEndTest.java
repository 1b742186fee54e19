package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import ir.kanoonyar.bot.channel.InboxProcessor;
import ir.kanoonyar.bot.channel.LongPolling;
import ir.kanoonyar.bot.fakeapi.FakeBotApi;
import ir.kanoonyar.bot.fakeapi.RecordedCall;
import ir.kanoonyar.bot.instance.Heartbeat;
import ir.kanoonyar.bot.outbox.OutboxLoop;
import ir.kanoonyar.db.person.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two bot instances in polling mode on one database and one (fake) Telegram: only one of them calls
 * getUpdates (a second poller would meet 409s); when it dies without a word, the other takes the
 * poller's lease once it has expired and polls, and every update is answered once.
 */
class TwoPollersEndToEndTest {

    /** Short, so the test does not wait long; the defaults are 5 s and 15 s. */
    private static final Map<String, Object> QUICK = Map.of(
            "kanoonyar.instance.checkin", "300ms",
            "kanoonyar.instance.dead-after", "1500ms",
            "kanoonyar.instance.poller-lease", "1500ms");
    private static final String HELP = "راهنمای کانون‌یار";

    private FakeBotApi api;
    private RunningBot first;
    private RunningBot second;

    @BeforeEach
    void start() {
        api = new FakeBotApi().freshUpdateIds().start();
        first = RunningBot.start(api, QUICK);
        second = RunningBot.start(api, QUICK);
    }

    @AfterEach
    void stop() {
        second.close();
        first.close();
        api.close();
    }

    @Test
    void oneInstancePollsAndAnotherTakesOverWhenItDies() {
        await().atMost(Duration.ofSeconds(20)).until(() -> polls(first) || polls(second));
        // For a while (several check-ins and lease renewals), never both, and no 409 from a second poller.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> polls(first) ^ polls(second));
        List<Long> users = List.of(newUser(), newUser(), newUser());
        users.forEach(user -> api.sendCommand(user, "/help", null));
        users.forEach(user -> api.awaitMessageTo(user, HELP, Chat.PATIENCE));
        assertThat(conflicts()).isEmpty();

        RunningBot leader = polls(first) ? first : second;
        RunningBot other = leader == first ? second : first;
        // Killed: it stops polling and checking in, and gives the lease nothing back (its sender and
        // inbox stop too, as in a killed process).
        leader.bean(Heartbeat.class).silence();
        leader.bean(LongPolling.class).crash();
        leader.bean(OutboxLoop.class).stop();
        leader.bean(InboxProcessor.class).stop();
        users.forEach(user -> api.sendCommand(user, "/help", null));

        await().atMost(Duration.ofSeconds(30)).until(() -> polls(other));
        users.forEach(user -> await().atMost(Chat.PATIENCE)
                .until(() -> api.messagesTo(user).stream().filter(m -> m.text().contains(HELP)).count() >= 2));
        // Nothing lost, nothing handled twice: two answers to each person, each update stored once.
        for (long user : users) {
            assertThat(api.messagesTo(user)).filteredOn(m -> m.text().contains(HELP)).hasSize(2);
            assertThat(other.jdbc().queryForObject("SELECT COUNT(*) FROM inbound_update WHERE chat_id = ?",
                    Integer.class, user)).isEqualTo(2);
            assertThat(other.jdbc().queryForObject("SELECT COUNT(DISTINCT update_id) FROM inbound_update "
                    + "WHERE chat_id = ?", Integer.class, user)).isEqualTo(2);
        }
        assertThat(polls(leader)).isFalse();
    }

    @Test
    void aGracefulStopHandsPollingOverAtTheNextCheckIn() {
        await().atMost(Duration.ofSeconds(20)).until(() -> polls(first) || polls(second));
        RunningBot leader = polls(first) ? first : second;
        RunningBot other = leader == first ? second : first;
        long user = newUser();

        leader.close();
        api.sendCommand(user, "/help", null);

        await().atMost(Duration.ofSeconds(10)).until(() -> polls(other));
        api.awaitMessageTo(user, HELP, Chat.PATIENCE);
        assertThat(api.messagesTo(user)).filteredOn(m -> m.text().contains(HELP)).hasSize(1);
    }

    private static boolean polls(RunningBot bot) {
        return bot.bean(LongPolling.class).polls(Channel.TELEGRAM);
    }

    private List<RecordedCall> conflicts() {
        return new ArrayList<>(api.calls("getUpdates").stream().filter(call -> call.httpStatus() == 409).toList());
    }

    private static long newUser() {
        return 700_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
    }
}
