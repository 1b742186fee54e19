package ir.kanoonyar.db.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.hibernate.cfg.AvailableSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * MySQL Connector/J reports a MariaDB server as "MySQL 5.5.5-10.x-MariaDB", and Hibernate then
 * picks its MySQL dialect for a version it no longer supports. We speak to MariaDB in tests and
 * some operators run it in production, so tell Hibernate the real product and version.
 */
@Component
class MariaDbDialectChoice implements HibernatePropertiesCustomizer {

    private static final Logger log = LoggerFactory.getLogger(MariaDbDialectChoice.class);

    /** "5.5.5-10.11.19-MariaDB-0+deb12u1": the real version follows the fake 5.5.5 prefix. */
    private static final Pattern MARIADB_VERSION = Pattern.compile("((\\d+)\\.(\\d+)\\.\\d+)-MariaDB");

    private final DataSource dataSource;

    MariaDbDialectChoice(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        if (properties.containsKey(AvailableSettings.DIALECT)) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            Matcher mariaDb = MARIADB_VERSION.matcher(connection.getMetaData().getDatabaseProductVersion());
            if (mariaDb.find()) {
                properties.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, "MariaDB");
                properties.put(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, mariaDb.group(1));
                properties.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, mariaDb.group(2));
                properties.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, mariaDb.group(3));
                log.debug("MariaDB {} behind a MySQL driver", mariaDb.group(1));
            }
        } catch (SQLException e) {
            // Hibernate will report the unreachable database itself, with its own message.
            log.debug("Could not read the database version to choose a dialect", e);
        }
    }
}
