package ir.kanoonyar.bot.instance;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** This bot instance, its row in bot_instance and its check-in. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InstanceSettings.class)
class InstanceConfiguration {

    @Bean
    BotInstance botInstance(InstanceSettings settings, Clock clock) {
        return BotInstance.started(clock.instant(), settings);
    }

    @Bean
    InstanceRegistry instanceRegistry(JdbcTemplate jdbc) {
        return new InstanceRegistry(jdbc);
    }

    @Bean
    Heartbeat heartbeat(BotInstance instance, InstanceRegistry registry, ObjectProvider<CheckInListener> listeners,
                        InstanceSettings settings, Clock clock) {
        return new Heartbeat(instance, registry, listeners.orderedStream().toList(), settings, clock);
    }
}
