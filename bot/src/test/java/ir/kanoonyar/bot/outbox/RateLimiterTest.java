package ir.kanoonyar.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ir.kanoonyar.db.person.Channel;
import org.junit.jupiter.api.Test;

/** The pacing on a clock the test moves: counts of sends per second, never the wall clock. */
class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-03-20T08:00:00Z");

    private final MutableClock clock = new MutableClock(T0);

    /** Reserves and "sleeps" (moves the clock) as the sender does; returns when each send went out. */
    private List<Instant> send(RateLimiter limiter, Channel channel, long... chats) {
        List<Instant> sent = new ArrayList<>();
        for (long chat : chats) {
            clock.advance(limiter.reserve(channel, chat));
            sent.add(clock.instant());
        }
        return sent;
    }

    private static long[] distinctChats(int count) {
        long[] chats = new long[count];
        for (int i = 0; i < count; i++) {
            chats[i] = 1000 + i;
        }
        return chats;
    }

    private static long countWithin(List<Instant> sent, Instant from, Duration length) {
        return sent.stream().filter(at -> !at.isBefore(from) && at.isBefore(from.plus(length))).count();
    }

    /** The most sends any window of that length starting at a send holds. */
    private static long busiestWindow(List<Instant> sent, Duration length) {
        return sent.stream().mapToLong(from -> countWithin(sent, from, length)).max().orElse(0);
    }

    @Test
    void sendsAtMostThirtyABotInAnySecond() {
        RateLimiter limiter = new RateLimiter(30, 1, 1, clock);

        List<Instant> sent = send(limiter, Channel.TELEGRAM, distinctChats(100));

        assertThat(countWithin(sent, T0, Duration.ofSeconds(1))).isEqualTo(30);
        assertThat(busiestWindow(sent, Duration.ofSeconds(1))).isEqualTo(30);
        assertThat(sent).isSorted();
    }

    @Test
    void aSenderThatWakesLateCatchesUpWithoutExceedingTheLimitInAnySecond() {
        RateLimiter limiter = new RateLimiter(1000, 1, 1, clock);
        List<Instant> sent = new ArrayList<>();
        for (long chat : distinctChats(3000)) {
            // Every sleep overshoots by 0.3 ms, as a busy machine's do: more than a 1 ms slot loses.
            clock.advance(limiter.reserve(Channel.TELEGRAM, chat).plus(Duration.ofNanos(300_000)));
            sent.add(clock.instant());
        }

        assertThat(busiestWindow(sent, Duration.ofSeconds(1))).isLessThanOrEqualTo(1000);
        assertThat(countWithin(sent, T0, Duration.ofSeconds(2))).isGreaterThanOrEqualTo(1990);
    }

    @Test
    void anIdleBotStartsAfreshWithoutABurst() {
        RateLimiter limiter = new RateLimiter(30, 1, 1, clock);
        send(limiter, Channel.TELEGRAM, distinctChats(5));
        clock.advance(Duration.ofMinutes(1));
        Instant resumed = clock.instant();

        List<Instant> sent = send(limiter, Channel.TELEGRAM, 2000, 2001, 2002);

        assertThat(sent).containsExactly(resumed, resumed.plus(RateLimiter.interval(30)),
                resumed.plus(RateLimiter.interval(30).multipliedBy(2)));
    }

    @Test
    void eachBotHasItsOwnLimit() {
        RateLimiter limiter = new RateLimiter(30, 1, 1, clock);
        long[] chats = distinctChats(30);

        List<Instant> telegram = send(limiter, Channel.TELEGRAM, chats);
        clock.set(T0);
        List<Instant> bale = send(limiter, Channel.BALE, chats);

        assertThat(countWithin(telegram, T0, Duration.ofSeconds(1))).isEqualTo(30);
        assertThat(countWithin(bale, T0, Duration.ofSeconds(1))).isEqualTo(30);
    }

    @Test
    void sendsAtMostOneToAChatInAnySecond() {
        RateLimiter limiter = new RateLimiter(30, 1, 1, clock);
        long[] sameChat = {7, 7, 7, 7, 7, 7, 7, 7, 7, 7};

        List<Instant> sent = send(limiter, Channel.TELEGRAM, sameChat);

        assertThat(busiestWindow(sent, Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(countWithin(sent, T0, Duration.ofSeconds(5))).isEqualTo(5);
    }

    @Test
    void aChatIsReadyAgainOnlyAfterItsInterval() {
        RateLimiter limiter = new RateLimiter(30, 1, 1, clock);

        assertThat(limiter.chatReady(Channel.TELEGRAM, 7)).isTrue();
        send(limiter, Channel.TELEGRAM, 7);
        assertThat(limiter.chatReady(Channel.TELEGRAM, 7)).isFalse();
        assertThat(limiter.chatReady(Channel.BALE, 7)).isTrue();
        assertThat(limiter.chatReady(Channel.TELEGRAM, 8)).isTrue();
        clock.advance(Duration.ofMillis(999));
        assertThat(limiter.chatReady(Channel.TELEGRAM, 7)).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.chatReady(Channel.TELEGRAM, 7)).isTrue();
    }

    @Test
    void aQuietChatTakesItsBurstBackToBackThenOneASecond() {
        RateLimiter limiter = new RateLimiter(30, 1, 3, clock);

        List<Instant> sent = send(limiter, Channel.TELEGRAM, 7, 7, 7, 7, 7);

        // The first three go one bot slot apart, within 100 ms; the fourth waits for the chat's pace.
        assertThat(countWithin(sent, T0, Duration.ofMillis(100))).isEqualTo(3);
        assertThat(sent.get(3)).isAfterOrEqualTo(T0.plusSeconds(1));
        assertThat(Duration.between(sent.get(3), sent.get(4))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aBurstNeverExceedsItsSettingAndTheMinuteHoldsTheChatsRate() {
        RateLimiter limiter = new RateLimiter(30, 1, 3, clock);
        long[] sameChat = new long[200];
        Arrays.fill(sameChat, 7);

        List<Instant> sent = send(limiter, Channel.TELEGRAM, sameChat);

        assertThat(busiestWindow(sent, Duration.ofSeconds(1))).isEqualTo(3);
        // Over any minute: the burst plus one a second, never more.
        assertThat(busiestWindow(sent, Duration.ofMinutes(1))).isLessThanOrEqualTo(3 + 60);
    }

    @Test
    void aChatRefillsItsBurstOnlyAfterBeingQuiet() {
        RateLimiter limiter = new RateLimiter(30, 1, 3, clock);
        send(limiter, Channel.TELEGRAM, 7, 7, 7);
        assertThat(limiter.chatReady(Channel.TELEGRAM, 7)).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(send(limiter, Channel.TELEGRAM, 7)).containsExactly(clock.instant());
        assertThat(limiter.chatReady(Channel.TELEGRAM, 7)).isFalse();

        clock.advance(Duration.ofSeconds(10));
        List<Instant> again = send(limiter, Channel.TELEGRAM, 7, 7, 7, 7);
        assertThat(countWithin(again, again.get(0), Duration.ofMillis(100))).isEqualTo(3);
    }

    @Test
    void burstsToManyChatsStillKeepThePerBotLimitOverAMinute() {
        RateLimiter limiter = new RateLimiter(30, 1, 3, clock);
        long[] chats = new long[3000];
        for (int i = 0; i < chats.length; i++) {
            chats[i] = 1000 + (i % 40);
        }

        List<Instant> sent = send(limiter, Channel.TELEGRAM, chats);

        assertThat(busiestWindow(sent, Duration.ofSeconds(1))).isEqualTo(30);
        assertThat(busiestWindow(sent, Duration.ofMinutes(1))).isLessThanOrEqualTo(30 * 60);
        assertThat(sent).isSorted();
    }

    @Test
    void refusesABurstBelowOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RateLimiter(30, 1, 0, clock));
    }

    @Test
    void aPauseHoldsTheWholeBotUntilItEnds() {
        RateLimiter limiter = new RateLimiter(30, 1, 1, clock);
        Instant resume = T0.plusSeconds(7);

        limiter.pause(Channel.TELEGRAM, resume);
        limiter.pause(Channel.TELEGRAM, T0.plusSeconds(3));

        assertThat(limiter.pausedUntil(Channel.TELEGRAM)).isEqualTo(resume);
        assertThat(limiter.pausedUntil(Channel.BALE)).isNull();
        List<Instant> sent = send(limiter, Channel.TELEGRAM, distinctChats(3));
        assertThat(countWithin(sent, T0, Duration.ofSeconds(7))).isZero();
        assertThat(sent).first().isEqualTo(resume);
        assertThat(limiter.pausedUntil(Channel.TELEGRAM)).isNull();
    }

    @Test
    void roundsTheIntervalUpSoASecondNeverHoldsOneMore() {
        assertThat(RateLimiter.interval(30).multipliedBy(30)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(RateLimiter.interval(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RateLimiter.interval(0.5)).isEqualTo(Duration.ofSeconds(2));
    }
}
