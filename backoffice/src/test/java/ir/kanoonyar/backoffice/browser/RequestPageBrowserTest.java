package ir.kanoonyar.backoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.AttachmentRepository;
import ir.kanoonyar.db.request.AttachmentStore;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.request.ReviewLevel;
import ir.kanoonyar.testsupport.RandomPeople;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The request page in a real browser, as the county expert of Arak (demo-county) sees it: the header
 * staff look for first (who, where, which licence, how old, where on the map), photos as thumbnails,
 * the timeline in words, and decisions that ask for confirmation and say what they will do; a return
 * without a named field or with a too short reason is refused in Persian.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.auto-startup=false")
class RequestPageBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "browser-request-page");
    }

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium(1200, 1600);
    final WebDriver browser = chromium.driver();
    final WebDriverWait wait = chromium.await();

    @LocalServerPort
    int port;

    @Autowired
    RequestDrafts drafts;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestRepository requests;
    @Autowired
    PersonRepository persons;
    @Autowired
    CountyRepository counties;
    @Autowired
    MosqueRepository mosques;
    @Autowired
    KanoonRepository kanoons;
    @Autowired
    LicenceRepository licences;
    @Autowired
    AttachmentStore store;
    @Autowired
    AttachmentRepository attachments;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void signIn() {
        chromium.signInAfresh(url("/login"), "demo-county");
    }

    @Test
    void theHeaderNamesWhoAndWhereTheLicenceAndTheMapAndTheTimelineIsInWords() throws IOException {
        County arak = counties.findByCode("0001").orElseThrow();
        String nationalCode = RandomPeople.nationalCode();
        String mobile = "0912" + RandomPeople.digits(7);
        long applicant = person("فاطمه", "سجادی", nationalCode, mobile, arak);
        long id = submitted(RequestType.SERVICE_REQUEST, applicant, arak);
        long mosqueId = tx.execute(s -> {
            Mosque mosque = new Mosque("مسجد امام حسن (آزمون)", arak.getProvince().getId(), arak.getId(), "اراک", false,
                    Instant.now());
            mosque.locate("اراک، خیابان شهید بهشتی", "3813700001", new BigDecimal("34.091700"), new BigDecimal("49.689200"));
            return mosques.save(mosque).getId();
        });
        long kanoonId = tx.execute(s -> kanoons.save(new Kanoon("کانون فرهنگی هنری ریحانه (آزمون)", mosqueId,
                arak.getProvince().getId(), arak.getId(), KanoonAudience.SISTERS, applicant, LocalDate.now(),
                Instant.now())).getId());
        String licenceNumber = "TEST-05-" + RandomPeople.digits(4);
        byte[] photoBytes = png(1600, 1200);
        tx.executeWithoutResult(s -> {
            Request r = requests.findById(id).orElseThrow();
            r.concern(kanoonId, mosqueId);
            licences.save(new Licence(licenceNumber, kanoonId, id, LocalDate.now(), LocalDate.now().plusYears(3),
                    Instant.now()));
            AttachmentStore.Result photo = store.keep(photoBytes, true, "photo", "نمای مسجد.png", null);
            photo.attachment().attachTo(id);
            attachments.save(photo.attachment());
        });
        // Returned by the county expert naming a field, then sent again by the applicant.
        tx.executeWithoutResult(s -> workflow.returnToApplicant(requests.findById(id).orElseThrow(), ReviewLevel.COUNTY,
                new Actor("demo-county", ActorRole.COUNTY_STAFF), "شرح درخواست را کامل‌تر بنویسید", List.of("description")));
        tx.executeWithoutResult(s -> workflow.submit(requests.findById(id).orElseThrow(),
                Actor.person(applicant, ActorRole.APPLICANT)));

        browser.get(url("/requests/" + id));
        WebElement header = browser.findElement(By.cssSelector(".request-header"));
        assertThat(header.findElement(By.cssSelector(".applicant")).getText()).isEqualTo("فاطمه سجادی");
        assertThat(header.findElement(By.cssSelector(".national-code")).getText())
                .isEqualTo(PersianText.toPersianDigits(nationalCode));
        assertThat(header.findElement(By.cssSelector(".mobile")).getText()).isEqualTo(PersianText.toPersianDigits(mobile));
        assertThat(header.findElement(By.cssSelector(".kanoon span")).getText()).isEqualTo("کانون فرهنگی هنری ریحانه (آزمون)");
        assertThat(header.findElement(By.cssSelector(".kanoon a.members")).getText()).isEqualTo("اعضای کانون");
        assertThat(header.findElement(By.cssSelector(".mosque")).getText()).isEqualTo("مسجد امام حسن (آزمون)");
        assertThat(header.findElement(By.cssSelector(".age")).getText()).isEqualTo("کمتر از یک ساعت");
        WebElement licence = header.findElement(By.cssSelector(".licence a"));
        assertThat(licence.getAttribute("href")).endsWith("/licences/" + licenceNumber + ".pdf");
        assertThat(header.findElement(By.cssSelector(".location a")).getAttribute("href"))
                .isEqualTo("https://www.openstreetmap.org/?mlat=34.0917&mlon=49.6892#map=17/34.0917/49.6892");

        // The photo is a thumbnail inside its card, and opens large.
        WebElement card = browser.findElement(By.cssSelector("section.attachments"));
        WebElement thumb = card.findElement(By.cssSelector("a.thumb img"));
        wait.until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].naturalWidth", thumb)).intValue() > 0);
        assertThat(thumb.getSize().getWidth()).isLessThanOrEqualTo(card.getSize().getWidth()).isLessThan(1600);
        assertThat(card.findElement(By.cssSelector("a.thumb")).getAttribute("href")).contains("/attachments/");

        // The timeline: people by name and role, the field by its label, nothing in code.
        String timeline = browser.findElement(By.cssSelector("ol.timeline")).getText();
        assertThat(timeline).contains("فاطمه سجادی، متقاضی",
                "کارشناس ارشاد شهرستان اراک (نمایشی)، کارشناس اداره شهرستان",
                "کارشناس اداره شهرستان: «شرح درخواست را کامل‌تر بنویسید»", "(موارد اصلاح: شرح درخواست)")
                .doesNotContain("person:", "[description]", "demo-county");
        assertThat(browser.getPageSource()).doesNotContain("(person:");
        // A service request's applicant is a manager in office: no eligibility checklist to read.
        assertThat(browser.findElements(By.cssSelector("section.eligibility"))).isEmpty();
        chromium.snapshot("request-page");

        // The licence link opens the printable licence for this expert.
        assertThat(licences.findByNumber(licenceNumber)).isPresent();
    }

    @Test
    void aCountyApprovalAsksFirstAndSaysTheRequestGoesToTheProvince() {
        County arak = counties.findByCode("0001").orElseThrow();
        long applicant = person("حمید", "نادری", RandomPeople.nationalCode(), "0912" + RandomPeople.digits(7), arak);
        long id = submitted(RequestType.RESIGNATION, applicant, arak);
        assertThat(status(id)).isEqualTo(RequestStatus.COUNTY_REVIEW);

        browser.get(url("/requests/" + id));
        browser.findElement(By.cssSelector("form.decision-approve textarea")).sendKeys("مدارک کامل است");
        browser.findElement(By.cssSelector("form.decision-approve button")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.confirm")));
        String confirmation = browser.findElement(By.cssSelector("section.confirm")).getText();
        assertThat(confirmation).contains("به ستاد استان فرستاده می‌شود", "مدارک کامل است", "حمید نادری");
        chromium.snapshot("request-confirm-approve");
        // Nothing is decided until the confirmation.
        assertThat(status(id)).isEqualTo(RequestStatus.COUNTY_REVIEW);

        browser.findElement(By.cssSelector("button.confirm-decision")).click();
        wait.until(ExpectedConditions.urlContains("/inbox"));
        assertThat(status(id)).isEqualTo(RequestStatus.PROVINCE_REVIEW);
    }

    @Test
    void aRejectionCanBeCalledOffAtTheConfirmation() {
        County arak = counties.findByCode("0001").orElseThrow();
        long applicant = person("رضا", "کرمانی", RandomPeople.nationalCode(), "0912" + RandomPeople.digits(7), arak);
        long id = submitted(RequestType.SERVICE_REQUEST, applicant, arak);

        browser.get(url("/requests/" + id));
        browser.findElement(By.cssSelector("form.decision-reject textarea")).sendKeys("درخواست خارج از ضوابط است");
        browser.findElement(By.cssSelector("form.decision-reject button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.confirm")));
        assertThat(browser.findElement(By.cssSelector("section.confirm")).getText())
                .contains("درخواست رد می‌شود", "درخواست خارج از ضوابط است");

        browser.findElement(By.cssSelector("section.confirm a.cancel")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".request-header")));
        assertThat(status(id)).isEqualTo(RequestStatus.COUNTY_REVIEW);
    }

    @Test
    void aReturnNeedsANamedFieldAndAReasonAndTheConfirmationNamesTheFields() {
        County arak = counties.findByCode("0001").orElseThrow();
        long applicant = person("سمیه", "یزدانی", RandomPeople.nationalCode(), "0912" + RandomPeople.digits(7), arak);
        long id = submitted(RequestType.SERVICE_REQUEST, applicant, arak);

        browser.get(url("/requests/" + id));
        browser.findElement(By.cssSelector("form.decision-return textarea")).sendKeys("لطفاً شرح را کامل کنید");
        browser.findElement(By.cssSelector("form.decision-return button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".decide .problem")));
        assertThat(browser.findElement(By.cssSelector(".decide .problem")).getText())
                .contains("دست‌کم یکی از موارد فرم");
        chromium.snapshot("request-return-refused");
        assertThat(status(id)).isEqualTo(RequestStatus.COUNTY_REVIEW);

        // The reason typed is kept; a field named with a reason too short is refused with the least length.
        WebElement reason = browser.findElement(By.cssSelector("form.decision-return textarea"));
        assertThat(reason.getAttribute("value")).isEqualTo("لطفاً شرح را کامل کنید");
        reason.clear();
        reason.sendKeys("ناقص");
        browser.findElement(By.cssSelector("form.decision-return input[value='description']")).click();
        browser.findElement(By.cssSelector("form.decision-return button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".decide .problem"),
                "دست‌کم ۱۰ نویسه"));
        assertThat(status(id)).isEqualTo(RequestStatus.COUNTY_REVIEW);

        reason = browser.findElement(By.cssSelector("form.decision-return textarea"));
        reason.clear();
        reason.sendKeys("شرح درخواست مبهم است؛ دقیق‌تر بنویسید");
        browser.findElement(By.cssSelector("form.decision-return button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.confirm")));
        assertThat(browser.findElement(By.cssSelector("section.confirm")).getText())
                .contains("برای اصلاح این موارد به متقاضی بازگردانده می‌شود: شرح درخواست");
        browser.findElement(By.cssSelector("button.confirm-decision")).click();
        wait.until(ExpectedConditions.urlContains("/inbox"));
        Request returned = requests.findById(id).orElseThrow();
        assertThat(returned.getStatus()).isEqualTo(RequestStatus.RETURNED);
        assertThat(returned.getFieldsToFix()).containsExactly("description");
    }

    @Test
    void aRequestOfAnotherCountyDoesNotOpen() {
        County saveh = counties.findByCode("0006").orElseThrow();
        long applicant = person("علی", "ساوجی", RandomPeople.nationalCode(), "0912" + RandomPeople.digits(7), saveh);
        long id = submitted(RequestType.SERVICE_REQUEST, applicant, saveh);

        browser.get(url("/requests/" + id));
        assertThat(browser.findElements(By.cssSelector(".request-header"))).isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("ساوجی");
    }

    private long person(String first, String last, String nationalCode, String mobile, County county) {
        return tx.execute(s -> {
            Person person = new Person(Instant.now());
            person.register(new Person.Profile(nationalCode, first, last, mobile, LocalDate.of(1990, 5, 1), Gender.FEMALE,
                    Education.BACHELOR, "اراک", county.getProvince().getId(), county.getId()), Instant.now());
            return persons.save(person).getId();
        });
    }

    private long submitted(RequestType type, long applicant, County county) {
        long id = drafts.start(type, applicant, county.getProvince().getId(), county.getId()).getId();
        tx.executeWithoutResult(s -> {
            Request r = requests.findById(id).orElseThrow();
            r.answer("description", "نیاز به تجهیزات صوتی برای برنامه‌های هفتگی");
            workflow.submit(r, Actor.person(applicant, ActorRole.APPLICANT));
        });
        return id;
    }

    private RequestStatus status(long id) {
        return requests.findById(id).orElseThrow().getStatus();
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x / 40 + y / 40) % 2 == 0 ? 0x2E7D32 : 0xE8F5E9);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
