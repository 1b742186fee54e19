package ir.kanoonyar.backoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ir.kanoonyar.db.request.RequestRepository;
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

/**
 * A consultation in a real browser, on an embedded database of its own with the demo data:
 * demo-county asks demo-expert (Isfahan) about an Arak request from its page; demo-expert finds it
 * under «مشورت‌ها», is refused an empty answer in Persian, answers, and still cannot open the
 * request; demo-county reads the answer on the request page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.auto-startup=false")
class ConsultationBrowserTest {

    private static final String DEMO_REQUEST = "140511051093";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "consultation-browser");
    }

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium(1400, 900);
    final WebDriver browser = chromium.driver();
    final WebDriverWait wait = chromium.await();

    @LocalServerPort
    int port;
    @Autowired
    RequestRepository requests;

    @Test
    void countyStaffAskAnExpertOfAnotherProvinceWhoAnswers() {
        long requestId = requests.findByTrackingCode(DEMO_REQUEST).orElseThrow().getId();
        chromium.signIn(url("/login"), "demo-county");
        browser.get(url("/requests/" + requestId));
        browser.findElement(By.linkText("مشورت با کارشناس استان دیگر")).click();
        wait.until(ExpectedConditions.urlContains("/consult"));
        assertThat(browser.findElement(By.cssSelector("form.consult-form")).getText())
                .contains("کارشناس ستاد استان اصفهان (نمایشی)", "تغییر مدیر");
        browser.findElement(By.cssSelector("input[name=experts]")).click();
        browser.findElement(By.name("question")).sendKeys("این متقاضی پیش‌تر در استان شما مدیر بوده؛ سابقه‌اش چه بود؟");
        browser.findElement(By.name("excerpt")).sendKeys("ثبت مدیر؛ متقاضی می‌گوید دو سال مدیر کانونی در اصفهان بوده است.");
        chromium.snapshot("consultation-ask");
        browser.findElement(By.cssSelector("form.consult-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "پرسش فرستاده شد"));
        assertThat(browser.findElement(By.cssSelector("blockquote.excerpt")).getText())
                .contains("دو سال مدیر کانونی در اصفهان");

        chromium.signInAfresh(url("/login"), "demo-expert");
        browser.findElement(By.linkText("مشورت‌ها")).click();
        wait.until(ExpectedConditions.urlContains("/consultations"));
        browser.findElement(By.cssSelector("section.asked-of a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("blockquote.excerpt")));
        String thread = browser.findElement(By.tagName("main")).getText();
        assertThat(thread).contains("سابقه‌اش چه بود", "کارشناس ارشاد شهرستان اراک (نمایشی)")
                .doesNotContain("شریفی", "۱۰۹۳");
        assertThat(browser.findElements(By.cssSelector("a.subject"))).isEmpty();

        browser.findElement(By.cssSelector("section.answer button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.problem"), "پاسخ خالی است"));
        browser.findElement(By.name("body")).sendKeys("بله؛ کارنامه‌اش خوب بود و استعفایش با رضایت امام بود.");
        browser.findElement(By.cssSelector("section.answer button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "ثبت شد"));
        assertThat(browser.findElement(By.cssSelector("section.posts")).getText()).contains("کارنامه‌اش خوب بود");
        chromium.snapshot("consultation-answered");

        browser.get(url("/requests/" + requestId));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("شریفی");

        chromium.signInAfresh(url("/login"), "demo-county");
        browser.get(url("/requests/" + requestId));
        assertThat(browser.findElement(By.cssSelector("section.consultations")).getText())
                .contains("سابقه‌اش چه بود", "کارنامه‌اش خوب بود", "کارشناس ستاد استان اصفهان (نمایشی)");
        chromium.snapshot("consultation-on-request");
    }

    @Test
    void theDirectoryFindsTheDemoExpertAndTheBoardShowsItsPinnedTopic() {
        chromium.signInAfresh(url("/login"), "demo-county");
        browser.findElement(By.linkText("شبکه‌ی کارشناسان")).click();
        wait.until(ExpectedConditions.urlContains("/experts"));
        browser.findElement(By.name("specialty")).sendKeys("روستايي");
        browser.findElement(By.name("taking")).click();
        browser.findElement(By.cssSelector("#expert-filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("specialty="));
        assertThat(browser.findElement(By.cssSelector("table.experts")).getText())
                .contains("کارشناس ستاد استان اصفهان (نمایشی)", "اصفهان", "کانون‌های روستایی", "پذیرای مشورت")
                .doesNotContain("کارشناس ارشاد شهرستان اراک");
        assertThat(browser.findElement(By.cssSelector("span.count")).getText()).isEqualTo("۱");
        chromium.snapshot("experts-directory");

        browser.findElement(By.linkText("تابلوی کارشناسان")).click();
        wait.until(ExpectedConditions.urlContains("/board"));
        assertThat(browser.findElement(By.cssSelector("tr.topic.pinned")).getText())
                .contains("سنجاق‌شده", "تجربه‌های خود را در این تابلو بنویسید", "مدیر ستاد کشور (نمایشی)، ستاد کشور");
        chromium.snapshot("board");
        browser.findElement(By.cssSelector("tr.topic.pinned a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.topic-post")));
        // Only the national admin is offered the pin.
        assertThat(browser.findElements(By.cssSelector("form.pin"))).isEmpty();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
