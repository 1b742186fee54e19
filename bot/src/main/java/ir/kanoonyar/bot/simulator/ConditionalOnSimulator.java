package ir.kanoonyar.bot.simulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * A bean of the chat simulator: it exists only when {@code kanoonyar.simulator.enabled} is true
 * (KANOONYAR_SIMULATOR_ENABLED, which scripts/run.sh sets for the embedded default). Off, there is no
 * page, no API and no sender: {@code /simulator} answers 404.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
@ConditionalOnProperty(name = SimulatorSettings.ENABLED, havingValue = "true")
@interface ConditionalOnSimulator {
}
