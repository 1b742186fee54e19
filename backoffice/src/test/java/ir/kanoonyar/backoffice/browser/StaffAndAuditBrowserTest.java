package ir.kanoonyar.backoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.backoffice.StaffBrowser;
import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.testsupport.RandomPeople;
import ir.kanoonyar.testsupport.TestDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national admin (demo-national) in a real browser: edits a staff account's name, role and place
 * (a county missing is refused in Persian), makes a one-time password link that the colleague uses
 * once (refused the second time, and refused once expired), disables the account; and reads the audit
 * log in Persian, filters it by person, action and a Jalali date range picked on the calendar, and
 * exports it as .xlsx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.auto-startup=false")
class StaffAndAuditBrowserTest {

    private static final String NEW_PASSWORD = "گلستان-سعدی-۱۴۰۵";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "browser-staff-audit");
    }

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium(1280, 1400);
    final WebDriver browser = chromium.driver();
    final WebDriverWait wait = chromium.await();

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    CountyRepository counties;
    @Autowired
    AuditEntryRepository audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RequestDrafts drafts;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestRepository requests;
    @Autowired
    PersonRepository persons;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void signIn() {
        chromium.signInAfresh(url("/login"), "demo-national");
    }

    @Test
    void theNationalAdminEditsAnAccountSendsAOneTimeLinkAndDisablesIt() throws Exception {
        County arak = counties.findByCode("0001").orElseThrow();
        String username = "pages-" + RandomPeople.digits(5);
        long id = accounts.save(StaffAccount.county(username, passwords.encode("unused-password-xyz"), "کارشناس آزمون",
                arak.getProvince().getId(), arak.getId(), "test", Instant.now())).getId();

        browser.get(url("/staff"));
        browser.findElement(By.linkText(username)).click();
        wait.until(ExpectedConditions.urlContains("/staff/" + id));

        // County staff without a county: refused in Persian, nothing changed.
        new Select(browser.findElement(By.id("countyId"))).selectByIndex(0);
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".problem")));
        assertThat(browser.findElement(By.cssSelector(".problem")).getText()).contains("شهرستانی از همان استان");
        assertThat(accounts.findById(id).orElseThrow().getCountyId()).isEqualTo(arak.getId());

        // An empty name: Bean Validation's Persian message.
        WebElement name = browser.findElement(By.id("displayName"));
        name.clear();
        name.sendKeys("   ");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".problem"), "نام نمایشی را بنویسید"));

        // Now a province expert of Markazi, with a new name.
        name = browser.findElement(By.id("displayName"));
        name.clear();
        name.sendKeys("زهرا محمدی");
        new Select(browser.findElement(By.id("role"))).selectByValue("PROVINCE_STAFF");
        new Select(browser.findElement(By.id("provinceId"))).selectByVisibleText("مرکزی");
        new Select(browser.findElement(By.id("countyId"))).selectByIndex(0);
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("ذخیره شد");
        StaffAccount edited = accounts.findById(id).orElseThrow();
        assertThat(edited.getDisplayName()).isEqualTo("زهرا محمدی");
        assertThat(edited.getRole()).isEqualTo(StaffRole.PROVINCE_STAFF);
        assertThat(edited.getCountyId()).isNull();
        assertThat(browser.findElement(By.cssSelector(".role")).getText()).isEqualTo("کارشناس ستاد استان");

        // A one-time link instead of a typed password.
        browser.findElement(By.id("make-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issued-link")));
        String link = browser.findElement(By.id("issued-link")).getText();
        assertThat(link).contains("/password-link/");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_password_link WHERE token_hash = ?", Integer.class,
                link.substring(link.lastIndexOf('/') + 1))).as("the secret itself is not stored").isZero();
        String path = URI.create(link).getPath();

        browser.get(url(path));
        browser.findElement(By.id("password")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.id("repeated")).sendKeys(NEW_PASSWORD + "x");
        browser.findElement(By.cssSelector("form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".error"), "یکی نیستند"));
        browser.findElement(By.id("password")).sendKeys("short");
        browser.findElement(By.id("repeated")).sendKeys("short");
        browser.findElement(By.cssSelector("form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".error"), "دست‌کم ۱۲ نویسه"));
        browser.findElement(By.id("password")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.id("repeated")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.cssSelector("form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".info")));
        assertThat(browser.findElement(By.cssSelector(".info")).getText()).contains("ثبت شد");
        assertThat(passwords.matches(NEW_PASSWORD, accounts.findById(id).orElseThrow().getPasswordHash())).isTrue();
        assertThat(new StaffBrowser(port).signIn(username, NEW_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        // Used once: the second time it is refused.
        browser.get(url(path));
        assertThat(browser.findElement(By.cssSelector(".error")).getText()).contains("پیش‌تر یک بار به کار رفته");
        assertThat(browser.findElements(By.id("password"))).isEmpty();

        // An expired link is refused too.
        browser.get(url("/staff/" + id));
        browser.findElement(By.id("make-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issued-link")));
        String second = URI.create(browser.findElement(By.id("issued-link")).getText()).getPath();
        jdbc.update("UPDATE staff_password_link SET expires_at = ? WHERE account_id = ? AND used_at IS NULL",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), id);
        browser.get(url(second));
        assertThat(browser.findElement(By.cssSelector(".error")).getText()).contains("زمان این پیوند گذشته است");

        // Disabled: it cannot sign in any more.
        browser.get(url("/staff/" + id));
        browser.findElement(By.id("toggle")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("غیرفعال شد");
        assertThat(accounts.findById(id).orElseThrow().isEnabled()).isFalse();
        assertThat(new StaffBrowser(port).signIn(username, NEW_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
    }

    @Test
    void theAuditLogReadsInPersianAndFiltersAndExports() throws Exception {
        County arak = counties.findByCode("0001").orElseThrow();
        Request request = submittedAt(arak);
        String code = PersianText.toPersianDigits(TrackingCode.display(request.getTrackingCode()));
        Instant now = Instant.now();
        audit.save(new AuditEntry(now.minus(Duration.ofDays(40)), "demo-county", "POST",
                "/requests/" + request.getId() + "/approve", "status 302", "10.0.0.40"));
        audit.save(new AuditEntry(now.minus(Duration.ofMinutes(5)), "demo-county", "POST",
                "/requests/" + request.getId() + "/approve", "status 302", "10.0.0.5"));
        audit.save(new AuditEntry(now.minus(Duration.ofMinutes(4)), "demo-county", "POST",
                "/requests/" + request.getId() + "/return", "status 200", "10.0.0.5"));
        audit.save(new AuditEntry(now.minus(Duration.ofMinutes(3)), "nobody-typed-this", "LOGIN_FAILED", null,
                "BadCredentialsException", "10.0.0.6"));

        browser.get(url("/audit"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("تأیید درخواست", "انجام شد", "ورود ناموفق", "نام کاربری یا گذرواژه نادرست بود",
                        "کارشناس ارشاد شهرستان اراک (نمایشی)", "درخواست " + code,
                        "انجام نشد؛ فرم با پیام خطا دوباره نشان داده شد")
                .doesNotContain("BadCredentialsException", "POST /requests", "status 302", "Exception");
        // Addresses in Persian digits too; the header's «name، role» has no space before its comma.
        assertThat(page).contains("۱۰.۰.۰.۶").doesNotContain("10.0.0.6");
        assertThat(browser.findElement(By.cssSelector(".top .who-name")).getText())
                .isEqualTo("مدیر ستاد کشور (نمایشی)، ستاد کشور");
        WebElement requestLink = browser.findElement(By.linkText("درخواست " + code));
        assertThat(requestLink.getAttribute("href")).endsWith("/requests/" + request.getId());
        chromium.snapshot("audit");

        // Person and action.
        new Select(browser.findElement(By.id("person"))).selectByValue("demo-county");
        new Select(browser.findElement(By.id("kind"))).selectByValue("POST.requests.id.approve");
        applyFilters();
        assertThat(actions()).hasSize(2).containsOnly("POST.requests.id.approve");

        // A Jalali date range, the first day picked on the calendar: the entry of 40 days ago goes.
        String today = PersianText.toPersianDigits(JalaliDate.today(Clock.system(JalaliDate.TEHRAN)).toString());
        browser.findElement(By.cssSelector("#from + button.jalali-picker-open")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".jalali-picker button.day.today"))).click();
        assertThat(browser.findElement(By.id("from")).getAttribute("value")).isEqualTo(today);
        browser.findElement(By.id("to")).sendKeys(today);
        applyFilters();
        assertThat(actions()).hasSize(1).containsOnly("POST.requests.id.approve");
        assertThat(browser.findElement(By.cssSelector(".summary")).getText()).startsWith("۱ رویداد");
        assertThat(browser.findElement(By.id("from")).getAttribute("value")).isEqualTo(today);

        // A date that is not one is said, not guessed.
        browser.get(url("/audit?from=1405/13/40"));
        assertThat(browser.findElement(By.cssSelector(".problem")).getText()).contains("سال/ماه/روز شمسی");

        // The export holds what the filters show, in the page's words.
        browser.get(url("/audit?person=demo-county&kind=POST.requests.id.approve"));
        String href = browser.findElement(By.id("export")).getAttribute("href");
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "SESSION=" + browser.manage().getCookieNamed("SESSION").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("کار");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            for (int r = 1; r <= 2; r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("کارشناس ارشاد شهرستان اراک (نمایشی)");
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo("تأیید درخواست");
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("درخواست " + code);
            }
        }
    }

    /**
     * Submits the filters and waits for the new page: the old one going stale, since the address after
     * the first submit already holds every parameter's name (an empty «from=» too), so waiting for a name in
     * it could read the rows of the page being left.
     */
    private void applyFilters() {
        WebElement shown = browser.findElement(By.tagName("main"));
        browser.findElement(By.id("apply")).click();
        wait.until(ExpectedConditions.stalenessOf(shown));
    }

    private List<String> actions() {
        List<String> kinds = new ArrayList<>();
        browser.findElements(By.cssSelector("table.audit tbody tr")).forEach(r -> kinds.add(r.getAttribute("data-action")));
        return kinds;
    }

    private Request submittedAt(County county) {
        long personId = tx.execute(s -> {
            Person person = new Person(Instant.now());
            person.register(new Person.Profile(RandomPeople.nationalCode(), "مهدی", "رستمی", "0912" + RandomPeople.digits(7),
                    null, null, null, null, county.getProvince().getId(), county.getId()), Instant.now());
            return persons.save(person).getId();
        });
        long id = drafts.start(RequestType.SERVICE_REQUEST, personId, county.getProvince().getId(), county.getId()).getId();
        tx.executeWithoutResult(s -> workflow.submit(requests.findById(id).orElseThrow(),
                Actor.person(personId, ActorRole.APPLICANT)));
        return requests.findById(id).orElseThrow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
