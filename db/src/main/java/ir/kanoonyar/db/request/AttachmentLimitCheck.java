package ir.kanoonyar.db.request;

import java.sql.DatabaseMetaData;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Warns at start when the largest attachment accepted (KANOONYAR_ATTACHMENTS_MAX_BYTES) would not fit
 * in one statement to the MySQL or MariaDB server (its max_allowed_packet): such a file would pass
 * the size check and then fail to be written. MariaDB 10.11's default (16 MiB) and MySQL 8.4's
 * (64 MiB) both hold the default 10 MB.
 */
@Component
class AttachmentLimitCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AttachmentLimitCheck.class);
    /** Room for the statement and the other values around the bytes. */
    static final long OVERHEAD = 64 * 1024;

    private final JdbcTemplate jdbc;
    private final AttachmentStore store;

    AttachmentLimitCheck(JdbcTemplate jdbc, AttachmentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        String product = jdbc.execute((ConnectionCallback<String>) c -> {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName();
        });
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (!name.contains("mysql") && !name.contains("mariadb")) {
            return; // H2, the embedded default, has no packet limit
        }
        Long packet = jdbc.queryForObject("SELECT @@max_allowed_packet", Long.class);
        if (packet != null && fitsNot(store.maxBytes(), packet)) {
            log.warn("KANOONYAR_ATTACHMENTS_MAX_BYTES is {} bytes but the database server's max_allowed_packet is"
                    + " {}: a file near the limit would be refused by the server. Raise max_allowed_packet or"
                    + " lower the limit", store.maxBytes(), packet);
        }
    }

    static boolean fitsNot(long maxBytes, long packet) {
        return maxBytes + OVERHEAD > packet;
    }
}
