package ir.kanoonyar.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class OutboxSettingsTest {

    private static OutboxSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("kanoonyar.outbox", OutboxSettings.class);
    }

    @Test
    void defaultsToThirtyABotAndOneAChat() {
        OutboxSettings settings = bind(Map.of());

        assertThat(settings).isEqualTo(OutboxSettings.defaults());
        assertThat(settings.enabled()).isTrue();
        assertThat(settings.ratePerBot()).isEqualTo(30);
        assertThat(settings.ratePerChat()).isEqualTo(1);
        assertThat(settings.chatBurst()).isEqualTo(3);
    }

    @Test
    void bindsEverySetting() {
        OutboxSettings settings = bind(Map.ofEntries(Map.entry("kanoonyar.outbox.enabled", "false"),
                Map.entry("kanoonyar.outbox.rate-per-bot", "20"), Map.entry("kanoonyar.outbox.rate-per-chat", "0.5"),
                Map.entry("kanoonyar.outbox.batch-size", "10"), Map.entry("kanoonyar.outbox.poll-interval", "2s"),
                Map.entry("kanoonyar.outbox.max-attempts", "4"), Map.entry("kanoonyar.outbox.lease", "5m"),
                Map.entry("kanoonyar.outbox.backoff-initial", "1s"), Map.entry("kanoonyar.outbox.backoff-max", "1m"),
                Map.entry("kanoonyar.outbox.workers", "3"), Map.entry("kanoonyar.outbox.chat-burst", "2")));

        assertThat(settings).isEqualTo(new OutboxSettings(false, 20, 0.5, 10, Duration.ofSeconds(2), 4,
                Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofMinutes(1), 3, 2));
    }

    @Test
    void doublesTheBackoffUpToItsCap() {
        OutboxSettings settings = bind(Map.of("kanoonyar.outbox.backoff-initial", "10s",
                "kanoonyar.outbox.backoff-max", "1m"));

        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoffAfter(1000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void refusesRatesThatCannotPace() {
        assertThatThrownBy(() -> bind(Map.of("kanoonyar.outbox.rate-per-bot", "0")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bind(Map.of("kanoonyar.outbox.lease", "0s")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
