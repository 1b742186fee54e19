package ir.kanoonyar.bot.channel;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bot's messenger settings (TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL, BALE_BOT_TOKEN, BALE_API_URL,
 * BOT_MODE, BOT_WEBHOOK_SECRET, BOT_PUBLIC_URL). A messenger without a token is off; with none at all
 * the bot talks only to the local simulator, and only when that is turned on (the embedded default).
 */
@ConfigurationProperties("kanoonyar.bot")
public record BotSettings(Messenger telegram, Messenger bale, Mode mode, String webhookSecret, String publicUrl) {

    public enum Mode {
        POLLING,
        WEBHOOK
    }

    public BotSettings {
        telegram = telegram == null ? new Messenger(null, URI.create("https://api.telegram.org")) : telegram;
        bale = bale == null ? new Messenger(null, URI.create("https://tapi.bale.ai")) : bale;
        mode = mode == null ? Mode.POLLING : mode;
        if (mode == Mode.WEBHOOK && (telegram.enabled() || bale.enabled())) {
            if (webhookSecret == null || webhookSecret.length() < 16) {
                throw new IllegalArgumentException(
                        "BOT_MODE=webhook needs BOT_WEBHOOK_SECRET of at least 16 characters");
            }
            if (publicUrl == null || !publicUrl.startsWith("https://")) {
                throw new IllegalArgumentException(
                        "BOT_MODE=webhook needs BOT_PUBLIC_URL, the https address the messengers call");
            }
        }
    }

    public boolean anyMessenger() {
        return telegram.enabled() || bale.enabled();
    }

    /** One messenger's Bot API: Bale's is Telegram's at another host. */
    public record Messenger(String token, URI apiUrl) {

        public boolean enabled() {
            return token != null && !token.isBlank();
        }

        /** Never print a token: only whether one is set. */
        @Override
        public String toString() {
            return "Messenger[token=" + (enabled() ? "set" : "none") + ", apiUrl=" + apiUrl + "]";
        }
    }
}
