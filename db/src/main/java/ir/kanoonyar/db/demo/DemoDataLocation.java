package ir.kanoonyar.db.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import javax.sql.DataSource;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds the demo data (demo staff accounts, a mosque and a kanoon) to the migrations only when the
 * database is the embedded H2 one. The demo accounts therefore cannot reach a MySQL production
 * database, whatever profile or property someone sets.
 */
@Component
public class DemoDataLocation implements FlywayConfigurationCustomizer {

    static final String LOCATION = "classpath:db/demo";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLocation.class);

    private final boolean enabled;

    public DemoDataLocation(@Value("${kanoonyar.demo-data:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        if (!enabled || !isEmbeddedH2(configuration.getDataSource())) {
            return;
        }
        Location[] locations = Arrays.copyOf(configuration.getLocations(), configuration.getLocations().length + 1);
        locations[locations.length - 1] = new Location(LOCATION);
        configuration.locations(locations);
        log.info("Embedded H2 database: loading demo data (demo-national, demo-province, demo-county)");
    }

    static boolean isEmbeddedH2(DataSource dataSource) {
        if (dataSource == null) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (SQLException e) {
            return false;
        }
    }
}
