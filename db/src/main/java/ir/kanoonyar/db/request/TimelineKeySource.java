package ir.kanoonyar.db.request;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the timeline's signing key comes from. From the environment ({@code KANOONYAR_TIMELINE_KEY},
 * base64 PKCS#8 Ed25519, and optionally {@code KANOONYAR_TIMELINE_KEY_ID}) when set. Otherwise, on the
 * embedded H2 default only, from {@code $KANOONYAR_DATA_DIR/timeline-key.properties}, generated on
 * first start. On any other database the app refuses to start: a key made up by the app itself would
 * live beside the database it is meant to protect (or vanish with the container), and nobody would
 * have decided where it is kept; the deployment has to.
 */
@Configuration(proxyBeanMethods = false)
class TimelineKeySource {

    static final String KEY = "KANOONYAR_TIMELINE_KEY";
    static final String KEY_ID = "KANOONYAR_TIMELINE_KEY_ID";
    static final String FILE_NAME = "timeline-key.properties";

    private static final Logger log = LoggerFactory.getLogger(TimelineKeySource.class);

    @Bean
    TimelineKey timelineKey(Environment environment, DataSource dataSource) {
        String configured = environment.getProperty(KEY, "");
        if (!configured.isBlank()) {
            try {
                return TimelineKey.fromPkcs8(environment.getProperty(KEY_ID, ""), configured);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(KEY + " is set, but " + e.getMessage()
                        + ". Generate a key with: openssl genpkey -algorithm ed25519 -outform DER | base64 -w0");
            }
        }
        if (!isEmbeddedH2(dataSource)) {
            throw new IllegalStateException(KEY + " is not set. Both apps sign every request's timeline with"
                    + " this key, so it must come from the deployment (the same value for the bot and the"
                    + " back-office): generate one with `openssl genpkey -algorithm ed25519 -outform DER |"
                    + " base64 -w0` and keep it where the database's administrators cannot read it."
                    + " See README.md, \"The signed timeline\".");
        }
        Path dataDir = Path.of(environment.resolvePlaceholders("${KANOONYAR_DATA_DIR:./data}"));
        return fromDataDir(dataDir);
    }

    /** The embedded default's key: read from the data folder, or generated there on first start. */
    static TimelineKey fromDataDir(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                writeNew(dataDir, file);
            }
            Properties stored = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                stored.load(in);
            }
            return TimelineKey.fromPkcs8(stored.getProperty("key-id"), stored.getProperty("private-key", ""));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the timeline key in " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeNew(Path dataDir, Path file) throws IOException {
        Files.createDirectories(dataDir);
        TimelineKey key = TimelineKey.generate();
        Path temp = Files.createTempFile(dataDir, "timeline-key", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data folder's own permissions apply.
            }
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write("# The embedded default's timeline signing key, generated on first start. Private.\n");
                out.write("key-id=" + key.keyId() + "\n");
                out.write("private-key=" + key.privateKeyBase64() + "\n");
            }
            // The bot and the back-office share the data folder and may start together: the first
            // one's key wins and the other reads it.
            Files.move(temp, file);
            log.info("Generated the timeline signing key {} in {}", key.keyId(), file);
        } catch (FileAlreadyExistsException writtenByTheOtherApp) {
            // fine: read theirs
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean isEmbeddedH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (SQLException e) {
            return false;
        }
    }
}
