package ir.kanoonyar.backoffice.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import ir.kanoonyar.backoffice.StaffBrowser;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.AttachmentRepository;
import ir.kanoonyar.db.request.AttachmentStore;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.DbTestApplication;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A file a person sends in the bot is opened by staff in the back-office although the two run with
 * different working directories (as two containers do under compose): the bytes are in the shared
 * database. The bot's side is a second Spring context on the same MariaDB database with its own data
 * directory, keeping the file through AttachmentStore exactly as the bot's FileIntake does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({CleanSchemaFirst.class, SubmittedRequests.class})
class AttachmentsAcrossAppsOnMariaDbTest {

    static final Path BACKOFFICE_DATA = temporaryDirectory("backoffice-data");
    static final Path BOT_DATA = temporaryDirectory("bot-data");
    static final String PASSWORD = "attachments-across-apps-7";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
        registry.add("KANOONYAR_DATA_DIR", BACKOFFICE_DATA::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    SubmittedRequests submissions;
    @Autowired
    StaffAccountRepository staffAccounts;
    @Autowired
    CountyRepository counties;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffOpenAPhotoTheBotKeptUnderAnotherWorkingDirectory() throws Exception {
        long request = submissions.submit("0001", "نرگس", "کاظمی", RequestType.ESTABLISHMENT, "تأسیس کانون");
        byte[] photo = jpeg();
        long attachment = keptByTheBot(request, photo, "عکس مسجد.jpg");

        StaffBrowser arak = signedIn("0001");
        assertThat(arak.page("/requests/" + request).body())
                .contains("data-attachment=\"" + attachment + "\"", "عکس مسجد.jpg");

        var shown = arak.file("/requests/" + request + "/attachments/" + attachment);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).isEqualTo(photo);
        assertThat(shown.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(shown.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String disposition = shown.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("inline; filename=\"").doesNotContain("\r", "\n");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8))
                .isEqualTo("عکس مسجد.jpg");
        assertThat(arak.file("/requests/" + request + "/attachments/" + attachment + "?download=1")
                .headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));

        // Another county's staff find neither the request nor its file.
        StaffBrowser saveh = signedIn("0006");
        assertThat(saveh.file("/requests/" + request + "/attachments/" + attachment).statusCode()).isEqualTo(404);

        assertThat(filesUnder(BOT_DATA.resolve("attachments"))).as("the bot kept nothing on its disk").isZero();
        assertThat(filesUnder(BACKOFFICE_DATA.resolve("attachments"))).isZero();
    }

    @Test
    void aFileLostBeforeTheMoveIsShownAsNotAvailableInPersian() throws Exception {
        long request = submissions.submit("0001", "حمید", "نادری", RequestType.ESTABLISHMENT, "تأسیس کانون");
        // Kept on the bot's disk before V18; the container that had it is gone, so no instance imported it.
        jdbc.update("INSERT INTO attachment (request_id, field_key, file_name, content_type, size_bytes, sha256,"
                + " storage_key, created_at) VALUES (?, 'photo', 'قدیمی.jpg', 'image/jpeg', 2048, ?, ?, ?)",
                request, "ab".repeat(32), "ab/" + "ab".repeat(32) + ".jpg", Timestamp.from(Instant.now()));
        long lost = jdbc.queryForObject("SELECT MAX(id) FROM attachment WHERE request_id = ?", Long.class, request);

        StaffBrowser arak = signedIn("0001");
        String page = arak.page("/requests/" + request).body();
        assertThat(page).contains("قدیمی.jpg", "فایل در دسترس نیست")
                .doesNotContain("/requests/" + request + "/attachments/" + lost);
        var opened = arak.page("/requests/" + request + "/attachments/" + lost);
        assertThat(opened.statusCode()).isEqualTo(404);
        assertThat(opened.body()).contains("فایل در دسترس نیست", "قدیمی.jpg").doesNotContain("Exception");
    }

    /** The bot's side: its own context and data directory, the same database, the bot's way of keeping a file. */
    private long keptByTheBot(long request, byte[] bytes, String fileName) {
        try (ConfigurableApplicationContext bot = new SpringApplicationBuilder(DbTestApplication.class)
                .web(WebApplicationType.NONE)
                .run(TestDatabase.mariaDbArguments("--spring.flyway.enabled=false", "--spring.quartz.auto-startup=false",
                        "--spring.jpa.properties.hibernate.jdbc.time_zone=UTC",
                        "--KANOONYAR_DATA_DIR=" + BOT_DATA))) {
            AttachmentStore.Result kept = bot.getBean(AttachmentStore.class).keep(bytes, true, "mosque.photo", fileName,
                    "AgADBAAD-" + ThreadLocalRandom.current().nextInt(1_000_000));
            assertThat(kept.kept()).isTrue();
            AttachmentRepository attachments = bot.getBean(AttachmentRepository.class);
            bot.getBean(TransactionTemplate.class).executeWithoutResult(s ->
                    attachments.findById(kept.attachment().getId()).orElseThrow().attachTo(request));
            return kept.attachment().getId();
        }
    }

    private StaffBrowser signedIn(String countyCode) throws Exception {
        String username = "attach-" + countyCode + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
        County county = counties.findByCode(countyCode).orElseThrow();
        tx.executeWithoutResult(s -> staffAccounts.save(StaffAccount.county(username, passwords.encode(PASSWORD),
                "کارشناس " + county.getName(), county.getProvince().getId(), county.getId(), "test", Instant.now())));
        StaffBrowser browser = new StaffBrowser(port);
        assertThat(browser.signIn(username, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        return browser;
    }

    private static long filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] jpeg() {
        byte[] bytes = new byte[4096];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
