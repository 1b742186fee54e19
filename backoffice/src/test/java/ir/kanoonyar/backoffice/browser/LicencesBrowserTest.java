package ir.kanoonyar.backoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.kanoon.LicenceStatus;
import ir.kanoonyar.testsupport.TestDatabase;
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

/**
 * The licences page in a real browser, on an embedded database of its own with the demo data:
 * demo-province finds the demo kanoon's licence from the navigation, suspends it with a reason, and
 * the public check, typed into its form, shows it suspended.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.auto-startup=false")
class LicencesBrowserTest {

    private static final String DEMO_LICENCE = "DEMO-00-0001";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "licences-browser");
    }

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium(1400, 900);
    final WebDriver browser = chromium.driver();
    final WebDriverWait wait = chromium.await();

    @LocalServerPort
    int port;
    @Autowired
    LicenceRepository licences;

    @Test
    void provinceStaffSearchSuspendWithAReasonAndThePublicCheckShowsIt() {
        chromium.signIn(url("/login"), "demo-province");
        browser.findElement(By.linkText("پروانه‌ها")).click();
        wait.until(ExpectedConditions.urlContains("/licences"));

        WebElement search = browser.findElement(By.name("q"));
        search.sendKeys("نور");
        search.submit();
        By row = By.cssSelector("tr[data-number='" + DEMO_LICENCE + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(browser.findElement(row).getText()).contains("کانون فرهنگی هنری نور", "معتبر");
        chromium.snapshot("licences");

        // Without a reason the browser itself asks for one; the server would refuse it in Persian too.
        browser.findElement(row).findElement(By.name("reason")).sendKeys("گزارش فعالیت نرسیده است");
        browser.findElement(row).findElement(By.name("suspend")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "تعلیق شد"));
        assertThat(browser.findElement(row).getText()).contains("تعلیق‌شده", "گزارش فعالیت نرسیده است");
        assertThat(licences.findByNumber(DEMO_LICENCE).orElseThrow().getStatus()).isEqualTo(LicenceStatus.SUSPENDED);
        chromium.snapshot("licences-suspended");

        browser.get(url("/verify"));
        browser.findElement(By.name("number")).sendKeys(DEMO_LICENCE);
        browser.findElement(By.cssSelector("form.verify-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "تعلیق"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("این مجوز تعلیق شده است",
                "کانون فرهنگی هنری نور").doesNotContain("گزارش فعالیت");
        chromium.snapshot("verify-suspended");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
