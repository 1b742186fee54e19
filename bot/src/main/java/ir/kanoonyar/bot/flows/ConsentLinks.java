package ir.kanoonyar.bot.flows;

import ir.kanoonyar.bot.channel.BotUsernames;
import ir.kanoonyar.db.person.Channel;
import org.springframework.stereotype.Component;

/**
 * The link a signer opens: a deep link that starts the bot with "/start c_<token>". Telegram's and
 * Bale's links differ only in host; in the simulator (no username) the command itself is given.
 */
@Component
public class ConsentLinks {

    private final BotUsernames usernames;

    public ConsentLinks(BotUsernames usernames) {
        this.usernames = usernames;
    }

    public String linkFor(Channel channel, String token) {
        String payload = ConsentFlow.LINK_PREFIX + token;
        return usernames.of(channel)
                .map(name -> switch (channel) {
                    case TELEGRAM -> "https://t.me/" + name + "?start=" + payload;
                    case BALE -> "https://ble.ir/" + name + "?start=" + payload;
                    case SIMULATOR -> "/start " + payload;
                })
                .orElse("/start " + payload);
    }
}
