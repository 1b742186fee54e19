package ir.kanoonyar.bot.channel;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import ir.kanoonyar.db.person.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;

/** The bot's own username on each messenger (from getMe), for the links people forward. */
@Component
public class BotUsernames {

    private static final Logger log = LoggerFactory.getLogger(BotUsernames.class);

    private final Messengers messengers;
    private final Map<Channel, String> known = new ConcurrentHashMap<>();

    public BotUsernames(Messengers messengers) {
        this.messengers = messengers;
    }

    public Optional<String> of(Channel channel) {
        String cached = known.get(channel);
        if (cached != null) {
            return Optional.of(cached);
        }
        return messengers.of(channel).flatMap(messenger -> {
            try {
                User me = messenger.client().execute(new GetMe());
                if (me.getUserName() != null) {
                    known.put(channel, me.getUserName());
                }
                return Optional.ofNullable(me.getUserName());
            } catch (Exception e) {
                log.warn("getMe failed on {}: {}", channel, e.toString());
                return Optional.empty();
            }
        });
    }
}
