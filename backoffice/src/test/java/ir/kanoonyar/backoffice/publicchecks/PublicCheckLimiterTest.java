package ir.kanoonyar.backoffice.publicchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PublicCheckLimiterTest {

    private final MovingClock clock = new MovingClock();

    @Test
    void checksComeBackOneByOneOverTheWindow() {
        PublicCheckLimiter limiter = new PublicCheckLimiter(new PublicCheckSettings(2, Duration.ofMinutes(10), 100), clock);

        assertThat(limiter.take("192.0.2.1")).isEmpty();
        assertThat(limiter.take("192.0.2.1")).isEmpty();
        assertThat(limiter.take("192.0.2.1")).contains(Duration.ofMinutes(5));

        clock.move(Duration.ofMinutes(5));
        assertThat(limiter.take("192.0.2.1")).isEmpty();
        assertThat(limiter.take("192.0.2.1")).isPresent();
        assertThat(limiter.take("192.0.2.2")).isEmpty();
    }

    @Test
    void itRemembersNoMoreAddressesThanItsSetting() {
        PublicCheckLimiter limiter = new PublicCheckLimiter(new PublicCheckSettings(1, Duration.ofMinutes(10), 3), clock);

        for (int i = 0; i < 1000; i++) {
            limiter.take("192.0.2." + (i % 250) + "." + i);
        }

        assertThat(limiter.remembered()).isEqualTo(3);
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertThat(PublicCheckLimiter.source("2001:db8:1:2:aaaa::1"))
                .isEqualTo(PublicCheckLimiter.source("2001:db8:1:2:bbbb::2"))
                .isNotEqualTo(PublicCheckLimiter.source("2001:db8:1:3::1"));
        assertThat(PublicCheckLimiter.source("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
