package ir.kanoonyar.bot.channel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.db.person.Channel;
import okhttp3.OkHttpClient;
import org.springframework.stereotype.Component;

/** The messengers that have a token: none in the embedded default. */
@Component
public class Messengers {

    private final List<Messenger> enabled = new ArrayList<>();

    public Messengers(BotSettings settings) {
        // Read timeout above the long-poll timeout (50 s), so a quiet poll is not a network error.
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(75))
                .build();
        if (settings.telegram().enabled()) {
            enabled.add(new Messenger(Channel.TELEGRAM, settings.telegram().token(), settings.telegram().apiUrl(), http));
        }
        if (settings.bale().enabled()) {
            enabled.add(new Messenger(Channel.BALE, settings.bale().token(), settings.bale().apiUrl(), http));
        }
    }

    public List<Messenger> enabled() {
        return List.copyOf(enabled);
    }

    public Optional<Messenger> of(Channel channel) {
        return enabled.stream().filter(m -> m.channel() == channel).findFirst();
    }
}
