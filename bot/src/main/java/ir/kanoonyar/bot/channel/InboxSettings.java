package ir.kanoonyar.bot.channel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param workers      chats handled in parallel by this instance
 * @param pollInterval how often to look for updates stored by other instances or left by a crash
 * @param enabled      off in tests that drive {@link InboxProcessor#drainOnce()} themselves
 */
@ConfigurationProperties("kanoonyar.inbox")
public record InboxSettings(Integer workers, Duration pollInterval, Boolean enabled) {

    public InboxSettings {
        workers = workers == null ? 8 : workers;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        enabled = enabled == null || enabled;
    }
}
