package ir.kanoonyar.testsupport;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Each test JVM starts from an empty schema and runs every migration, so the migrations are tested
 * from scratch on every run, not only the ones added since the last.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanSchemaFirst {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
