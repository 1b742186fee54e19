package ir.kanoonyar.backoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

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
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The back-office in a real browser (Debian's headless Chromium, scripts/test-browser.sh installs
 * it), on the embedded database with its demo accounts: sign in, find a request in the inbox,
 * decide it, and check a licence on the public page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.auto-startup=false")
class BrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "browser");
    }

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium(1200, 900);
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
    TransactionTemplate tx;

    @Test
    void aCountyExpertSignsInFindsARequestAndApprovesIt() {
        Request request = requestAtArakCounty();
        String code = PersianText.toPersianDigits(TrackingCode.display(request.getTrackingCode()));

        browser.get(url("/inbox"));
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        chromium.snapshot("login");
        chromium.submitLogin("demo-county");
        // Staff land on the dashboard; the inbox is one click away in the navigation column.
        browser.findElement(By.linkText("کارتابل")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), code));
        chromium.snapshot("inbox");
        browser.findElement(By.partialLinkText(code)).click();

        wait.until(ExpectedConditions.urlContains("/requests/" + request.getId()));
        chromium.snapshot("request");
        browser.findElement(By.cssSelector("form[action$='/approve'] button")).click();
        // A decision is confirmed on a page that says what it will do (issue 12).
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.confirm-decision"))).click();

        wait.until(ExpectedConditions.urlContains("/inbox"));
        assertThat(requests.findById(request.getId()).orElseThrow().getStatus().name()).isEqualTo("APPROVED");
        assertThat(browser.getPageSource()).doesNotContain(code + "</a>");
    }

    @Test
    void anyoneCanCheckALicenceOnThePublicPage() {
        browser.get(url("/verify/DEMO-00-0001"));
        String page = browser.findElement(By.tagName("body")).getText();
        chromium.snapshot("verify");
        assertThat(page).contains("معتبر", "کانون فرهنگی هنری نور");
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    private Request requestAtArakCounty() {
        County arak = counties.findByCode("0001").orElseThrow();
        Long personId = tx.execute(s -> {
            Person person = new Person(Instant.now());
            person.register(new Person.Profile(null, "مریم", "کاظمی", "09120000077", null, null, null, null,
                    arak.getProvince().getId(), arak.getId()), Instant.now());
            return persons.save(person).getId();
        });
        Long id = drafts.start(RequestType.SERVICE_REQUEST, personId, arak.getProvince().getId(), arak.getId()).getId();
        tx.executeWithoutResult(s -> workflow.submit(requests.findById(id).orElseThrow(),
                Actor.person(personId, ActorRole.APPLICANT)));
        return requests.findById(id).orElseThrow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

}
