package ir.kanoonyar.bot.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Warns at start that the simulator is on, so an operator who turned it on by mistake sees it. */
@Component
@ConditionalOnSimulator
class SimulatorWarning {

    private static final Logger log = LoggerFactory.getLogger(SimulatorWarning.class);

    @EventListener(ApplicationReadyEvent.class)
    void warn() {
        log.warn("The chat simulator is ON (KANOONYAR_SIMULATOR_ENABLED=true): anyone who reaches /simulator can "
                + "speak as any user and claim any phone number. Keep it to the embedded default; never deploy it.");
    }
}
