package ir.kanoonyar.backoffice.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Quiet hours in Tehran time (UTC+03:30): 22:00 there is 18:30 UTC, 08:00 there is 04:30 UTC. */
class QuietHoursTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private final QuietHours night = new QuietHours(TEHRAN, LocalTime.of(22, 0), LocalTime.of(8, 0));

    @Test
    void aDaytimeReminderGoesAtOnce() {
        Instant noon = Instant.parse("2026-11-27T08:30:00Z");
        assertThat(night.isQuiet(noon)).isFalse();
        assertThat(night.notBefore(noon)).isEqualTo(noon);
        Instant justBeforeTen = Instant.parse("2026-11-27T18:29:59Z");
        assertThat(night.notBefore(justBeforeTen)).isEqualTo(justBeforeTen);
    }

    @Test
    void anEveningReminderWaitsForTheNextMorning() {
        assertThat(night.notBefore(Instant.parse("2026-11-27T18:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-28T04:30:00Z"));
        assertThat(night.notBefore(Instant.parse("2026-11-27T20:15:00Z")))
                .isEqualTo(Instant.parse("2026-11-28T04:30:00Z"));
    }

    @Test
    void anAfterMidnightReminderWaitsForThatMorning() {
        // 02:00 in Tehran on the 28th is 22:30 UTC on the 27th: the morning is the same Tehran day.
        assertThat(night.notBefore(Instant.parse("2026-11-27T22:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-28T04:30:00Z"));
        assertThat(night.notBefore(Instant.parse("2026-11-28T04:29:59Z")))
                .isEqualTo(Instant.parse("2026-11-28T04:30:00Z"));
        assertThat(night.isQuiet(Instant.parse("2026-11-28T04:30:00Z"))).isFalse();
    }

    @Test
    void aWindowWithinOneDayAndAnEmptyOneWork() {
        QuietHours siesta = new QuietHours(TEHRAN, LocalTime.of(13, 0), LocalTime.of(15, 0));
        assertThat(siesta.notBefore(Instant.parse("2026-11-27T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-27T11:30:00Z"));
        assertThat(siesta.isQuiet(Instant.parse("2026-11-27T20:00:00Z"))).isFalse();
        QuietHours never = new QuietHours(TEHRAN, LocalTime.of(8, 0), LocalTime.of(8, 0));
        assertThat(never.isQuiet(Instant.parse("2026-11-27T04:30:00Z"))).isFalse();
    }
}
