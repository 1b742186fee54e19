package ir.kanoonyar.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ir.kanoonyar.backoffice.requests.SubmittedRequests;
import ir.kanoonyar.db.request.AttachmentRepository;
import ir.kanoonyar.db.request.AttachmentStore;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The README's backup procedure, run: a database filled through the apps' own code (a request with an
 * attachment, the first national admin made from KANOONYAR_ADMIN_*) is dumped with scripts/backup.sh,
 * restored with scripts/restore.sh into a fresh database ({test database}_restore, which
 * scripts/test-database.sh lets the test user create), and a back-office started on the restored
 * database serves the request, the attachment's bytes and the admin's login. Needs the mysqldump and
 * mysql clients, installed with MariaDB; skipped, saying so, where they are absent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "kanoonyar.admin.username=" + BackupAndRestoreTest.ADMIN,
        "kanoonyar.admin.password=" + BackupAndRestoreTest.PASSWORD})
@Import({CleanSchemaFirst.class, SubmittedRequests.class})
class BackupAndRestoreTest {

    static final String ADMIN = "backup-admin";
    static final String PASSWORD = "Sabz-Kooh-4193-Restore";
    private static final Pattern URL = Pattern.compile("(jdbc:(?:mysql|mariadb)://([^:/?]+)(?::(\\d+))?/)([^?]+)(.*)");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @Autowired
    SubmittedRequests submissions;
    @Autowired
    AttachmentStore store;
    @Autowired
    AttachmentRepository attachments;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDumpRestoredIntoAFreshDatabaseServesTheRequestItsFileAndTheStaffLogin() throws Exception {
        assumeTrue(onPath("mariadb-dump") || onPath("mysqldump"),
                "mysqldump is not installed (it comes with MariaDB or MySQL): the backup test cannot run");
        assumeTrue(onPath("mariadb") || onPath("mysql"),
                "the mysql client is not installed (it comes with MariaDB or MySQL): the backup test cannot run");

        long request = submissions.submit("0001", "فاطمه", "جعفری", RequestType.ESTABLISHMENT, "تأسیس کانون ریحانه");
        byte[] deed = ("%PDF-1.4\n% سند وقف " + ThreadLocalRandom.current().nextLong() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        AttachmentStore.Result kept = store.keep(deed, false, "deed", "سند وقف.pdf", null);
        tx.executeWithoutResult(s -> attachments.findById(kept.attachment().getId()).orElseThrow().attachTo(request));
        long attachment = kept.attachment().getId();

        Matcher url = URL.matcher(TestDatabase.mariaDbUrl());
        assertThat(url.matches()).as("a JDBC URL with host and database: %s", TestDatabase.mariaDbUrl()).isTrue();
        String restored = url.group(4) + "_restore";
        Path dump = Files.createTempDirectory("kanoonyar-backup").resolve("kanoonyar.sql.gz");

        script("backup.sh", url, url.group(4), dump.toString());
        jdbc.execute("DROP DATABASE IF EXISTS `" + restored + "`");
        script("restore.sh", url, restored, dump.toString());

        try (ConfigurableApplicationContext backoffice = new SpringApplicationBuilder(BackofficeApplication.class)
                .run("--spring.datasource.url=" + url.group(1) + restored + url.group(5),
                        "--spring.datasource.username=" + TestDatabase.mariaDbUser(),
                        "--spring.datasource.password=" + TestDatabase.mariaDbPassword(),
                        "--server.port=0", "--spring.jpa.properties.hibernate.jdbc.time_zone=UTC",
                        "--KANOONYAR_DATA_DIR=" + Files.createTempDirectory("restored-backoffice"),
                        "--KANOONYAR_TIMELINE_KEY=" + TestDatabase.TIMELINE_KEY,
                        "--KANOONYAR_TIMELINE_KEY_ID=" + TestDatabase.TIMELINE_KEY_ID,
                        "--kanoonyar.reminders.escalation-at-start=0s")) {
            int port = Integer.parseInt(backoffice.getEnvironment().getProperty("local.server.port"));
            StaffBrowser admin = new StaffBrowser(port);
            assertThat(admin.signIn(ADMIN, PASSWORD).headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/"));

            var page = admin.page("/requests/" + request);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("فاطمه", "جعفری", "سند وقف.pdf");
            var file = admin.file("/requests/" + request + "/attachments/" + attachment);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(deed);
            assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS `" + restored + "`");
        }
    }

    /** Runs scripts/{name} against the database, as an operator would. */
    private static void script(String name, Matcher url, String database, String file)
            throws IOException, InterruptedException {
        Path script = Path.of("").toAbsolutePath().getParent().resolve("scripts").resolve(name);
        ProcessBuilder process = new ProcessBuilder(script.toString(), file).redirectErrorStream(true);
        Map<String, String> env = process.environment();
        env.put("KANOONYAR_DB_HOST", url.group(2));
        env.put("KANOONYAR_DB_PORT", url.group(3) == null ? "3306" : url.group(3));
        env.put("KANOONYAR_DB_USER", TestDatabase.mariaDbUser());
        env.put("KANOONYAR_DB_PASSWORD", TestDatabase.mariaDbPassword());
        env.put("KANOONYAR_DB_NAME", database);
        Process running = process.start();
        assertThat(running.waitFor(5, TimeUnit.MINUTES)).as("%s finished", name).isTrue();
        String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(running.exitValue()).as("%s said: %s", name, output).isZero();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
