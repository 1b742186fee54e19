package ir.kanoonyar.bot.flows;

import ir.kanoonyar.bot.channel.BotUsernames;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.StartLink;
import org.springframework.stereotype.Component;

/**
 * The link a signer opens: a deep link that starts the bot with "/start c_<token>" (built by
 * {@link StartLink}, which the back-office's reminders share), with this bot's username from getMe.
 */
@Component
public class ConsentLinks {

    private final BotUsernames usernames;

    public ConsentLinks(BotUsernames usernames) {
        this.usernames = usernames;
    }

    public String linkFor(Channel channel, String token) {
        return StartLink.of(channel, usernames.of(channel), StartLink.CONSENT_PREFIX + token);
    }
}
