package ir.kanoonyar.backoffice.licences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.net.URI;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.lowagie.text.pdf.PdfReader;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import ir.kanoonyar.testsupport.ProductionShapeContract;
import ir.kanoonyar.testsupport.QrCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The licence PDF and the public verification page, served by the back-office on MariaDB. Shares
 * the production-shape context of OnMariaDbTest (same annotations, same base), so the schema is
 * cleaned once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LicencesOnMariaDbTest extends ProductionShapeContract {

    private static final String NATIONAL_CODE = "0067749828";
    private static final String MOBILE = "09127654321";
    private static final String HOME_ADDRESS = "اراک، خیابان قائم‌مقام، پلاک ۷";
    private static final String MOSQUE_ADDRESS = "اراک، میدان شهدا، جنب بانک";

    @LocalServerPort
    int serverPort;
    @Autowired
    PersonRepository persons;
    @Autowired
    MosqueRepository mosques;
    @Autowired
    KanoonRepository kanoons;
    @Autowired
    LicenceRepository licences;
    @Autowired
    CountyRepository counties;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    @Autowired
    StaffAccountRepository staffAccounts;
    @Autowired
    PasswordEncoder passwords;

    private final HttpClient http = HttpClient.newHttpClient();
    /** A browser of a signed-in staff member: it keeps the session cookie. */
    private final HttpClient staff = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    // Made once for the class: the context, and so the database, outlives each test.
    private static String validNumber;
    private static String expiredNumber;

    @BeforeEach
    void aKanoonWithAValidAndAnExpiredLicence() {
        if (validNumber != null) {
            return;
        }
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        validNumber = "00-1405-" + sixDigits();
        expiredNumber = "00-1399-" + sixDigits();
        tx.executeWithoutResult(s -> {
            County arak = counties.findByCode("0001").orElseThrow();
            Long province = arak.getProvince().getId();
            Person manager = new Person(Instant.now());
            manager.register(new Person.Profile(NATIONAL_CODE, "زهرا", "محمدی", MOBILE, LocalDate.of(1998, 3, 1),
                    Gender.FEMALE, Education.DIPLOMA, HOME_ADDRESS, province, arak.getId()), Instant.now());
            persons.save(manager);
            Mosque mosque = new Mosque("مسجد جامع امام حسن مجتبی", province, arak.getId(), "اراک", false,
                    Instant.now());
            mosque.locate(MOSQUE_ADDRESS, "3813845678", null, null);
            mosques.save(mosque);
            Kanoon kanoon = kanoons.save(new Kanoon("کانون فرهنگی هنری ریحانه", mosque.getId(), province,
                    arak.getId(), KanoonAudience.SISTERS, manager.getId(), today.minusYears(4), Instant.now()));
            licences.save(new Licence(expiredNumber, kanoon.getId(), null, today.minusYears(4),
                    today.minusYears(1), Instant.now()));
            licences.save(new Licence(validNumber, kanoon.getId(), null, today, today.plusYears(3).minusDays(1),
                    Instant.now()));
        });
    }

    @Test
    void thePdfIsOnePrintablePageWhoseQrCodeOpensTheVerifyPage() throws Exception {
        assertThat(get("/licences/" + validNumber + ".pdf", HttpResponse.BodyHandlers.discarding()).statusCode())
                .as("the printable licence is for staff only").isEqualTo(302);
        signIn();
        HttpResponse<byte[]> response = staffGet("/licences/" + validNumber + ".pdf", HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        byte[] pdf = response.body();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
        } finally {
            reader.close();
        }

        // Rendered as a printer would (poppler), the QR code on the page reads as the verify URL.
        assumeThat(new File("/usr/bin/pdftoppm")).as("poppler-utils installed").exists();
        Path dir = Path.of("target", "licence-pdf");
        Files.createDirectories(dir);
        Files.write(dir.resolve("licence.pdf"), pdf);
        Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "110", "-singlefile",
                dir.resolve("licence.pdf").toString(), dir.resolve("licence").toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(QrCodes.decode(ImageIO.read(dir.resolve("licence.png").toFile())))
                .isEqualTo("http://localhost:8080/verify/" + validNumber);
    }

    @Test
    void staffOfAnotherProvinceCannotPrintTheLicence() throws Exception {
        long tehran = counties.findByCode("2301").orElseThrow().getId();
        long tehranProvince = counties.findByCode("2301").orElseThrow().getProvince().getId();
        tx.executeWithoutResult(s -> {
            if (staffAccounts.findByUsername("tehran-tester").isEmpty()) {
                staffAccounts.save(StaffAccount.county("tehran-tester", passwords.encode("licence-test-password"),
                        "آزمون تهران", tehranProvince, tehran, "test", clock.instant()));
            }
        });
        signIn("tehran-tester");
        assertThat(staffGet("/licences/" + validNumber + ".pdf", HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anUnknownLicenceHasNoPdf() throws Exception {
        signIn();
        assertThat(staffGet("/licences/00-1405-999999999.pdf", HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theVerifyPageSaysAValidLicenceIsValidForWhichKanoonAndUntilWhen() throws Exception {
        HttpResponse<String> response = get("/verify/" + validNumber, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        LocalDate until = JalaliDate.today(clock).toLocalDate().plusYears(3).minusDays(1);
        assertThat(html).contains("lang=\"fa\"", "dir=\"rtl\"", "/fonts/vazirmatn.css")
                .contains("این مجوز معتبر است", "کانون فرهنگی هنری ریحانه", "اراک", "مرکزی", validNumber)
                .contains(JalaliDate.from(until).formatLong());
        assertNothingPrivate(html);
    }

    @Test
    void theVerifyPageSaysAnExpiredLicenceHasExpired() throws Exception {
        HttpResponse<String> response = get("/verify/" + expiredNumber, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("اعتبار این مجوز به پایان رسیده است", "کانون فرهنگی هنری ریحانه")
                .doesNotContain("این مجوز معتبر است");
        assertNothingPrivate(response.body());
    }

    @Test
    void anUnknownNumberGetsAPersianNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/verify/00-1405-424242424", HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("dir=\"rtl\"", "مجوز پیدا نشد", "00-1405-424242424");
    }

    @Test
    void whatIsTypedIntoTheAddressShowsAsText() throws Exception {
        HttpResponse<String> response = get("/verify/%3Cscript%3Ealert(1)",
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)");
    }

    @Test
    void theFontIsServed() throws Exception {
        HttpResponse<byte[]> font = get("/fonts/Vazirmatn-Regular.woff2", HttpResponse.BodyHandlers.ofByteArray());
        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(new String(font.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("wOF2");
    }

    private static void assertNothingPrivate(String html) {
        assertThat(html).doesNotContain(NATIONAL_CODE, MOBILE, HOME_ADDRESS, MOSQUE_ADDRESS, "3813845678",
                "زهرا", "محمدی");
    }

    /** Signs in over HTTP as a real browser would: the login form, its CSRF token, the session cookie. */
    private void signIn() throws Exception {
        signIn("licence-tester");
    }

    private void signIn(String username) throws Exception {
        tx.executeWithoutResult(s -> {
            if (staffAccounts.findByUsername("licence-tester").isEmpty()) {
                staffAccounts.save(StaffAccount.national("licence-tester", passwords.encode("licence-test-password"),
                        "آزمون مجوز", "test", clock.instant()));
            }
        });
        String form = staff.send(HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + "/login")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(form);
        assertThat(csrf.find()).isTrue();
        String body = "username=" + username + "&password=licence-test-password&_csrf="
                + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<Void> login = staff.send(HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort
                        + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    private <T> HttpResponse<T> staffGet(String path, HttpResponse.BodyHandler<T> body) throws Exception {
        return staff.send(HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + path)).GET().build(), body);
    }

    private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + path)).GET().build(),
                body);
    }

    private static String sixDigits() {
        return String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }
}
