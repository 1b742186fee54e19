package ir.kanoonyar.db.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a MariaDB server reached through MySQL Connector/J (a jdbc:mysql:// URL).
 * MariaDB 10.x announces itself to that driver as MySQL 5.5.5, and the driver then drops the
 * fractional seconds of every time it writes: the signed timeline would no longer verify. The
 * MariaDB driver ships with the apps; a jdbc:mariadb:// URL uses it.
 */
@Component
class MariaDbDriverCheck implements HibernatePropertiesCustomizer {

    private final DataSource dataSource;

    MariaDbDriverCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            if (meta.getURL().startsWith("jdbc:mysql:") && meta.getDatabaseProductVersion().contains("MariaDB")) {
                throw new IllegalStateException("The database at " + meta.getURL() + " is MariaDB ("
                        + meta.getDatabaseProductVersion() + "): use a jdbc:mariadb:// URL in SPRING_DATASOURCE_URL."
                        + " Through the MySQL driver it loses fractional seconds.");
            }
        } catch (SQLException e) {
            // Unreachable now: Hibernate and the pool report that themselves, with their own message.
        }
    }
}
