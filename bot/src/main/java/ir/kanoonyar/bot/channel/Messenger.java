package ir.kanoonyar.bot.channel;

import java.net.URI;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.kanoonyar.db.person.Channel;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * One messenger's Bot API: Telegram's, or Bale's, which is the same API at another host. Both go
 * through the same TelegramBots client with their own base URL; plain http to 127.0.0.1 works, so
 * tests point it at a fake Bot API server.
 */
public final class Messenger {

    private final Channel channel;
    private final String token;
    private final TelegramUrl url;
    private final TelegramClient client;

    Messenger(Channel channel, String token, URI apiUrl, OkHttpClient http) {
        this.channel = channel;
        this.token = token;
        this.url = toTelegramUrl(apiUrl);
        this.client = new OkHttpTelegramClient(jackson2(), http, token, url);
    }

    static TelegramUrl toTelegramUrl(URI apiUrl) {
        String scheme = apiUrl.getScheme() == null ? "https" : apiUrl.getScheme();
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : ("http".equals(scheme) ? 80 : 443);
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    /** TelegramBots' types are Jackson 2 types; Boot 4's Jackson 3 mapper cannot read them. */
    static ObjectMapper jackson2() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public Channel channel() {
        return channel;
    }

    String token() {
        return token;
    }

    TelegramUrl url() {
        return url;
    }

    public TelegramClient client() {
        return client;
    }

    /** Bale lacks answerCallbackQuery and editing messages with inline keyboards. */
    public boolean supportsCallbackAnswers() {
        return channel == Channel.TELEGRAM;
    }
}
