package ir.kanoonyar.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

class BotSettingsTest {

    private static final BotSettings.Messenger TELEGRAM =
            new BotSettings.Messenger("123:secret-token", URI.create("http://127.0.0.1:9999"));

    @Test
    void withoutTokensOnlyTheSimulatorRuns() {
        BotSettings settings = new BotSettings(null, null, null, null, null);
        assertThat(settings.anyMessenger()).isFalse();
        assertThat(settings.mode()).isEqualTo(BotSettings.Mode.POLLING);
        assertThat(settings.bale().apiUrl()).hasToString("https://tapi.bale.ai");
    }

    @Test
    void webhookModeNeedsASecretAndAPublicHttpsUrl() {
        assertThatThrownBy(() -> new BotSettings(TELEGRAM, null, BotSettings.Mode.WEBHOOK, null, "https://bot.example"))
                .hasMessageContaining("BOT_WEBHOOK_SECRET");
        assertThatThrownBy(() -> new BotSettings(TELEGRAM, null, BotSettings.Mode.WEBHOOK, "0123456789abcdef", null))
                .hasMessageContaining("BOT_PUBLIC_URL");
        assertThat(new BotSettings(TELEGRAM, null, BotSettings.Mode.WEBHOOK, "0123456789abcdef",
                "https://bot.example").mode()).isEqualTo(BotSettings.Mode.WEBHOOK);
    }

    @Test
    void neverPrintsATokenInLogs() {
        assertThat(TELEGRAM.toString()).doesNotContain("secret-token").contains("token=set");
    }
}
