package ir.kanoonyar.backoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.imageio.ImageIO;

import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The activity review queue in a real browser, on an embedded database of its own with the demo data:
 * demo-county opens «گزارش‌های فعالیت» from the navigation, sees the demo manager's report with its
 * photo thumbnail and accepts it; demo-province re-reviews it as doubtful with a reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.auto-startup=false")
class ActivityReviewBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "activity-browser");
    }

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium(1400, 1000);
    final WebDriver browser = chromium.driver();
    final WebDriverWait wait = chromium.await();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countyStaffAcceptTheDemoReportAndProvinceStaffFlagItWithAReason() throws IOException {
        long report = jdbc.queryForObject("SELECT id FROM activity_report WHERE draft_key = 'demo-activity-1'",
                Long.class);
        jdbc.update("INSERT INTO activity_report_photo (report_id, position, content_type, size_bytes, sha256, content,"
                + " created_at) VALUES (?, 1, 'image/png', ?, ?, ?, ?)", report, picture().length, "b".repeat(64),
                picture(), Timestamp.from(Instant.now()));
        By card = By.cssSelector("article[data-report='" + report + "']");

        chromium.signIn(url("/login"), "demo-county");
        browser.findElement(By.linkText("گزارش‌های فعالیت")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(card));
        assertThat(browser.findElement(card).getText()).contains("محفل انس با قرآن نوجوانان", "قرآن و عترت",
                "نوجوانان", "۳۲", "کانون فرهنگی هنری نور", "در انتظار بررسی");
        WebElement thumbnail = browser.findElement(card).findElement(By.cssSelector("img.thumbnail"));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth;",
                thumbnail)).intValue() > 0);
        chromium.snapshot("activity-queue");

        browser.findElement(card).findElement(By.cssSelector("form.accept button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "پذیرفته شد"));
        assertThat(status(report)).isEqualTo("ACCEPTED");
        // Accepted, it leaves the county's queue of reports waiting for review.
        assertThat(browser.findElements(card)).isEmpty();

        chromium.signInAfresh(url("/login"), "demo-province");
        browser.findElement(By.linkText("گزارش‌های فعالیت")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(card));
        assertThat(browser.findElement(card).getText()).contains("پذیرفته شد");
        browser.findElement(card).findElement(By.name("reason")).sendKeys("عکس به این برنامه نمی‌خورد");
        browser.findElement(card).findElement(By.cssSelector("form.doubt button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "مشکوک علامت خورد"));
        assertThat(browser.findElement(card).getText()).contains("عکس به این برنامه نمی‌خورد");
        assertThat(status(report)).isEqualTo("DOUBTFUL");
        chromium.snapshot("activity-doubtful");
    }

    private String status(long report) {
        return jdbc.queryForObject("SELECT status FROM activity_report WHERE id = ?", String.class, report);
    }

    private static byte[] picture() throws IOException {
        BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 90));
        g.fillRect(0, 0, 240, 160);
        g.setColor(Color.WHITE);
        g.fillOval(80, 40, 80, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
