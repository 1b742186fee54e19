package ir.kanoonyar.backoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ir.kanoonyar.db.indicator.Dormancy;
import ir.kanoonyar.db.indicator.IndicatorRollup;
import ir.kanoonyar.db.indicator.JalaliMonth;
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
 * The dashboard in a real browser, on an embedded database of its own with the demo data rolled up:
 * demo-province lands on it after signing in, sees the figure cards and the charts drawn beside their
 * tables with Persian digits on the axes, opens the dormant list and sends their managers a reminder;
 * demo-national sees the provinces' map. Screenshots: target/browser/dashboard-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.auto-startup=false")
class DashboardBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "dashboard-browser");
    }

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium(1400, 1800);
    final WebDriver browser = chromium.driver();
    final WebDriverWait wait = chromium.await();

    @LocalServerPort
    int port;
    @Autowired
    IndicatorRollup rollup;
    @Autowired
    Dormancy dormancy;

    @Test
    void provinceStaffLandOnTheDashboardReadChartsBesideTablesAndRemindDormantKanoons() {
        JalaliMonth now = JalaliMonth.of(java.time.Instant.now());
        for (int back = 4; back >= 0; back--) {
            rollup.rollUp(now.plus(-back), "test");
        }
        dormancy.mark();

        chromium.signInAfresh(url("/login"), "demo-province");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("پیشخوان", "مرکزی");
        List<WebElement> cards = browser.findElements(By.cssSelector(".figure-card"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(8);
        assertThat(cards.get(0).getText()).contains("کانون‌های فعال", "۴");
        // ECharts draws each chart as SVG from its table; the value axis speaks Persian digits.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart[data-table='table-trend'] svg")));
        String axis = browser.findElement(By.cssSelector(".chart[data-table='table-trend'] svg")).getText()
                + browser.findElement(By.cssSelector(".chart[data-table='table-trend'] svg")).getAttribute("innerHTML");
        assertThat(axis).containsPattern("[۰-۹]").doesNotContainPattern(">[0-9]+<");
        assertThat(browser.findElement(By.id("table-parts")).getText()).contains("اراک", "ساوه", "خمین");
        assertThat(browser.findElement(By.id("table-corridors")).getText()).contains("قرآن", "۳۵");
        chromium.snapshot("dashboard-province");

        browser.findElement(By.cssSelector("a.dormant-link")).click();
        wait.until(ExpectedConditions.urlContains("/dashboard/dormant"));
        assertThat(browser.findElement(By.id("table-dormant")).getText())
                .contains("کانون آوه (نمایشی)", "کانون مهر خمین (نمایشی)", "کانون فرهنگی هنری نور (نمایشی)")
                .doesNotContain("کانون ریحانه");
        chromium.snapshot("dashboard-dormant");
        browser.findElement(By.cssSelector("form.remind button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/broadcasts/[0-9]+$"));

        chromium.signInAfresh(url("/login"), "demo-national");
        browser.get(url("/?map=SCORE"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tile-map")));
        assertThat(browser.findElements(By.cssSelector(".tile-map .tile"))).hasSize(31);
        assertThat(browser.findElement(By.cssSelector(".tile-map")).getText()).contains("مرکزی", "تهران");
        chromium.snapshot("dashboard-national");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
