package ir.kanoonyar.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where integration tests find their databases. MariaDB (or MySQL) comes from KANOONYAR_TEST_DB_URL,
 * _USER and _PASSWORD, which scripts/test.sh sets (from SPRING_DATASOURCE_* when those are given),
 * else from SPRING_DATASOURCE_*, else the database and user scripts/test.sh creates on 127.0.0.1:3306.
 * H2 runs in memory with the MySQL mode the embedded default uses.
 */
public final class TestDatabase {

    public static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/kanoonyar_test";
    public static final String DEFAULT_USER = "kanoonyar_test";
    public static final String DEFAULT_PASSWORD = "kanoonyar_test";

    /**
     * The timeline signing key of tests (base64 PKCS#8 Ed25519; a test key, worthless elsewhere): the
     * apps refuse to start on MariaDB/MySQL without KANOONYAR_TIMELINE_KEY. A harness that starts an
     * app with its own properties passes these two too.
     */
    public static final String TIMELINE_KEY = "MC4CAQAwBQYDK2VwBCIEIMlgxKDHvLgbkMehhSprLXJANYZE2KiOzG1hYxndM9Cv";
    public static final String TIMELINE_KEY_ID = "test-key";

    private TestDatabase() {
    }

    public static String mariaDbUrl() {
        return env("KANOONYAR_TEST_DB_URL", env("SPRING_DATASOURCE_URL", DEFAULT_URL));
    }

    public static String mariaDbUser() {
        return env("KANOONYAR_TEST_DB_USER", env("SPRING_DATASOURCE_USERNAME", DEFAULT_USER));
    }

    public static String mariaDbPassword() {
        return env("KANOONYAR_TEST_DB_PASSWORD", env("SPRING_DATASOURCE_PASSWORD", DEFAULT_PASSWORD));
    }

    public static void mariaDb(DynamicPropertyRegistry registry) {
        String url = mariaDbUrl();
        if (!url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:mariadb:")) {
            throw new IllegalStateException("Integration tests need a MySQL-protocol database, got " + url);
        }
        // Tests drop and recreate the schema: refuse anything that does not look like a test database.
        if (!url.contains("test")) {
            throw new IllegalStateException("Refusing to wipe " + url + ": the database name must contain 'test'");
        }
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", TestDatabase::mariaDbUser);
        registry.add("spring.datasource.password", TestDatabase::mariaDbPassword);
        common(registry);
    }

    /**
     * Command-line arguments that start another app (a second instance, a restored copy) on the test
     * MariaDB with the test timeline key, followed by the caller's own.
     */
    public static String[] mariaDbArguments(String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + mariaDbUrl(),
                "--spring.datasource.username=" + mariaDbUser(),
                "--spring.datasource.password=" + mariaDbPassword(),
                "--KANOONYAR_TIMELINE_KEY=" + TIMELINE_KEY,
                "--KANOONYAR_TIMELINE_KEY_ID=" + TIMELINE_KEY_ID));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    public static void h2(DynamicPropertyRegistry registry, String name) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
        common(registry);
    }

    private static void common(DynamicPropertyRegistry registry) {
        Map.of("spring.jpa.hibernate.ddl-auto", "validate",
                "spring.jpa.properties.hibernate.jdbc.time_zone", "UTC",
                "spring.flyway.clean-disabled", "false",
                "spring.flyway.locations", "classpath:db/migration",
                "KANOONYAR_TIMELINE_KEY", TIMELINE_KEY,
                "KANOONYAR_TIMELINE_KEY_ID", TIMELINE_KEY_ID)
                .forEach((key, value) -> registry.add(key, () -> value));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
