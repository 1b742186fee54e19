package ir.kanoonyar.db;

import java.time.Clock;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The shared domain: entities, repositories and domain services of the db module.
 * Both apps import this, so neither needs to know the db module's package layout.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = DatabaseConfiguration.class)
@EntityScan(basePackageClasses = DatabaseConfiguration.class)
@EnableJpaRepositories(basePackageClasses = DatabaseConfiguration.class)
public class DatabaseConfiguration {

    /** Domain code asks this clock for "now", so tests can move time. Times are stored in UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
