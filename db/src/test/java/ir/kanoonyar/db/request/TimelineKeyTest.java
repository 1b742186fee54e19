package ir.kanoonyar.db.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.Base64;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.springframework.mock.env.MockEnvironment;

/** The signing key: read as the deployment gives it, or generated for the embedded default. */
class TimelineKeyTest {

    /** Made with `openssl genpkey -algorithm ed25519 -outform DER | base64 -w0`, as the README says. */
    private static final String OPENSSL_PRIVATE = "MC4CAQAwBQYDK2VwBCIEICmg0PGuchq4pcEhDZZQi3RXrZR4gEqDpUaT8XUwjG15";
    /** Its public key, from `openssl pkey -inform DER -pubout -outform DER | base64 -w0`. */
    private static final String OPENSSL_PUBLIC = "MCowBQYDK2VwAyEAb13nK8HTbHmyHwsOE+3BUlGiMkVtl9NMLax3zIgk8p8=";

    @Test
    void aKeyMadeByOpensslGivesOpensslsPublicKeyAndItsSignaturesVerify() {
        TimelineKey key = TimelineKey.fromPkcs8("2026-a", OPENSSL_PRIVATE);
        assertThat(key.keyId()).isEqualTo("2026-a");
        assertThat(key.publicKeyBase64()).isEqualTo(OPENSSL_PUBLIC);

        String hash = "ab".repeat(32);
        String signature = key.sign(hash);
        assertThat(Base64.getDecoder().decode(signature)).hasSize(64);
        assertThat(TimelineSignature.verifies(TimelineSignature.publicKey(OPENSSL_PUBLIC), "2026-a", hash, signature))
                .isTrue();
        // The key id is part of what is signed: the signature does not pass as another id's.
        assertThat(TimelineSignature.verifies(key.publicKey(), "2026-b", hash, signature)).isFalse();
        assertThat(TimelineSignature.verifies(key.publicKey(), "2026-a", "cd".repeat(32), signature)).isFalse();
    }

    @Test
    void withoutAKeyIdTheKeyIsNamedByItsFingerprint() {
        TimelineKey key = TimelineKey.fromPkcs8("  ", OPENSSL_PRIVATE);
        assertThat(key.keyId()).matches("ed25519-[0-9a-f]{16}")
                .isEqualTo(TimelineKey.fingerprint(key.publicKey()));
        assertThat(TimelineKey.generate().keyId()).isNotEqualTo(key.keyId());
    }

    @Test
    void aKeyThatIsNotOneIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> TimelineKey.fromPkcs8("k1", "not-base64-at-all!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("it is not a base64 PKCS#8 Ed25519 private key");
        String rsaLike = Base64.getEncoder().encodeToString(new byte[48]);
        assertThatThrownBy(() -> TimelineKey.fromPkcs8("k1", rsaLike))
                .hasMessageNotContaining(rsaLike);
        assertThatThrownBy(() -> TimelineKey.fromPkcs8("a key id with spaces", OPENSSL_PRIVATE))
                .hasMessageContaining("key id");
        assertThat(TimelineKey.fromPkcs8("k1", OPENSSL_PRIVATE).toString()).doesNotContain(OPENSSL_PRIVATE);
    }

    @Test
    void theEmbeddedDefaultGeneratesItsKeyOnceAndKeepsItPrivate(@TempDir Path dataDir) throws Exception {
        TimelineKey first = TimelineKeySource.fromDataDir(dataDir.resolve("data"));
        TimelineKey again = TimelineKeySource.fromDataDir(dataDir.resolve("data"));
        assertThat(again.keyId()).isEqualTo(first.keyId());
        assertThat(again.publicKeyBase64()).isEqualTo(first.publicKeyBase64());

        Path file = dataDir.resolve("data").resolve(TimelineKeySource.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(dataDir.resolve("data"))) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aDeploymentWithoutAKeyRefusesToStartAndSaysHowToMakeOne(@TempDir Path dataDir) throws Exception {
        MockEnvironment environment = new MockEnvironment().withProperty("KANOONYAR_DATA_DIR", dataDir.toString());
        assertThatThrownBy(() -> new TimelineKeySource().timelineKey(environment, database("jdbc:mariadb://db:3306/kanoonyar")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KANOONYAR_TIMELINE_KEY is not set")
                .hasMessageContaining("openssl genpkey -algorithm ed25519");
        try (var files = Files.list(dataDir)) {
            assertThat(files).as("no key made up beside a production database").isEmpty();
        }
    }

    @Test
    void aKeyFromTheEnvironmentIsUsedOnAnyDatabaseAndABadOneIsRefused(@TempDir Path dataDir) throws Exception {
        MockEnvironment environment = new MockEnvironment().withProperty("KANOONYAR_DATA_DIR", dataDir.toString())
                .withProperty("KANOONYAR_TIMELINE_KEY", OPENSSL_PRIVATE).withProperty("KANOONYAR_TIMELINE_KEY_ID", "k-2026");
        for (String url : new String[] {"jdbc:mariadb://db:3306/kanoonyar", "jdbc:h2:file:./data/kanoonyar"}) {
            TimelineKey key = new TimelineKeySource().timelineKey(environment, database(url));
            assertThat(key.keyId()).isEqualTo("k-2026");
            assertThat(key.publicKeyBase64()).isEqualTo(OPENSSL_PUBLIC);
        }
        environment.setProperty("KANOONYAR_TIMELINE_KEY", "c2hvcnQ=");
        assertThatThrownBy(() -> new TimelineKeySource().timelineKey(environment, database("jdbc:mariadb://db/k")))
                .hasMessageContaining("KANOONYAR_TIMELINE_KEY is set, but it is not a base64 PKCS#8 Ed25519 private key");
    }

    @Test
    void theEmbeddedDefaultWithoutAKeyUsesItsDataFolder(@TempDir Path dataDir) throws Exception {
        MockEnvironment environment = new MockEnvironment().withProperty("KANOONYAR_DATA_DIR", dataDir.toString());
        TimelineKey key = new TimelineKeySource().timelineKey(environment, database("jdbc:h2:file:" + dataDir + "/kanoonyar"));
        assertThat(dataDir.resolve(TimelineKeySource.FILE_NAME)).exists();
        assertThat(TimelineKeySource.fromDataDir(dataDir).keyId()).isEqualTo(key.keyId());
    }

    private static DataSource database(String url) throws Exception {
        DataSource dataSource = Mockito.mock(DataSource.class);
        Connection connection = Mockito.mock(Connection.class);
        DatabaseMetaData meta = Mockito.mock(DatabaseMetaData.class);
        Mockito.when(dataSource.getConnection()).thenReturn(connection);
        Mockito.when(connection.getMetaData()).thenReturn(meta);
        Mockito.when(meta.getURL()).thenReturn(url);
        return dataSource;
    }
}
