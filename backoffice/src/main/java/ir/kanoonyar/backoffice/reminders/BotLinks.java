package ir.kanoonyar.backoffice.reminders;

import java.util.Optional;

import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.StartLink;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deep links into the bot, for texts the back-office writes. The bot learns its usernames from the
 * messengers (getMe); the back-office never talks to them, so it is told them as settings. Without
 * one, the link is the "/start …" command itself, which works when typed.
 */
@Component
public class BotLinks {

    private final String telegramUsername;
    private final String baleUsername;

    public BotLinks(@Value("${kanoonyar.bot-usernames.telegram:}") String telegramUsername,
                    @Value("${kanoonyar.bot-usernames.bale:}") String baleUsername) {
        this.telegramUsername = telegramUsername.strip().replaceFirst("^@", "");
        this.baleUsername = baleUsername.strip().replaceFirst("^@", "");
    }

    public String link(Channel channel, String payload) {
        Optional<String> username = switch (channel) {
            case TELEGRAM -> Optional.of(telegramUsername);
            case BALE -> Optional.of(baleUsername);
            case SIMULATOR -> Optional.empty();
        };
        return StartLink.of(channel, username, payload);
    }
}
