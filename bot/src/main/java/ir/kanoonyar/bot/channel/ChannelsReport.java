package ir.kanoonyar.bot.channel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start which messengers the bot talks to, so an operator sees a missing token at once. */
@Component
class ChannelsReport {

    private static final Logger log = LoggerFactory.getLogger(ChannelsReport.class);

    private final BotSettings settings;
    private final boolean simulator;

    ChannelsReport(BotSettings settings, @Value("${kanoonyar.simulator.enabled:false}") boolean simulator) {
        this.settings = settings;
        this.simulator = simulator;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (!settings.anyMessenger()) {
            if (simulator) {
                log.info("No messenger token set: the bot runs with the local chat simulator only");
            } else {
                log.warn("No messenger token set and the chat simulator is off: nobody can reach the bot");
            }
            return;
        }
        log.info("Messengers: telegram {}, bale {}, mode {}", settings.telegram(), settings.bale(), settings.mode());
    }
}
