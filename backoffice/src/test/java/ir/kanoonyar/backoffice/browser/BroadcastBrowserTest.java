package ir.kanoonyar.backoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import ir.kanoonyar.db.persian.PersianText;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A broadcast in a real browser on the embedded database with its demo data: demo-province composes a
 * message for Markazi, sees how many it reaches, sends it, pauses and resumes it, and watches the
 * progress page count it out to the end (the bot's sender is played by the test, row by row).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.auto-startup=false")
class BroadcastBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "browser-broadcasts");
    }

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium(1200, 1000);
    final WebDriver browser = chromium.driver();
    final WebDriverWait wait = chromium.await();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ir.kanoonyar.db.broadcast.BroadcastRowMoves moves;

    @Test
    void theProvinceExpertSendsABroadcastToMarkaziAndWatchesItGoOut() {
        chromium.signIn(url("/login"), "demo-province");

        browser.findElement(By.linkText("پیام همگانی")).click();
        wait.until(ExpectedConditions.urlContains("/broadcasts"));
        browser.findElement(By.linkText("پیام همگانی تازه")).click();
        wait.until(ExpectedConditions.urlContains("/broadcasts/new"));
        // The count comes by itself: the demo's simulator people of Markazi.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reach"), "می‌رسد"));
        assertThat(browser.findElement(By.id("reach")).getText()).contains(PersianText.toPersianDigits("3"));
        // A province expert picks among their own counties only, and names no province.
        assertThat(browser.findElements(By.id("province"))).isEmpty();
        assertThat(browser.findElement(By.id("county")).getText()).contains("اراک", "ساوه").doesNotContain("تهران");
        browser.findElement(By.id("text")).sendKeys("نشست مدیران کانون‌های استان، پنجشنبه ساعت ۱۰");
        chromium.snapshot("broadcast-compose");
        browser.findElement(By.id("send")).click();

        wait.until(ExpectedConditions.urlMatches("/broadcasts/\\d+$"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/broadcasts/", ""));
        assertThat(text("status")).isEqualTo("در حال ارسال");
        assertThat(text("left")).isEqualTo(PersianText.toPersianDigits("3"));
        assertThat(jdbc.queryForList("SELECT chat_id FROM outbox_message WHERE broadcast_id = ? AND channel = 'SIMULATOR'",
                Long.class, id)).containsExactlyInAnyOrder(2001L, 2002L, 2003L);

        // Quartz is off here: the page says the rows are still moving until the test runs the move, as
        // the back-office's job would right after the click; the page then follows without a reload.
        browser.findElement(By.cssSelector("#pause button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "در حال توقف…"));
        moves.finishAll();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "متوقف"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE broadcast_id = ? AND status = 'HELD'",
                Integer.class, id)).isEqualTo(3);
        browser.findElement(By.cssSelector("#resume button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "در حال ازسرگیری…"));
        moves.finishAll();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "در حال ارسال"));

        // The bot's sender delivers them one after another; the page follows without a reload.
        List<Long> rows = jdbc.queryForList("SELECT id FROM outbox_message WHERE broadcast_id = ? ORDER BY id", Long.class, id);
        deliver(rows.get(0));
        wait.until(ExpectedConditions.textToBe(By.id("sent"), PersianText.toPersianDigits("1")));
        assertThat(text("left")).isEqualTo(PersianText.toPersianDigits("2"));
        chromium.snapshot("broadcast-progress");
        rows.subList(1, rows.size()).forEach(this::deliver);
        wait.until(ExpectedConditions.textToBe(By.id("status"), "پایان‌یافته"));
        assertThat(text("percent")).isEqualTo("۱۰۰٪");
        assertThat(browser.findElement(By.id("pause")).isDisplayed()).isFalse();
        chromium.snapshot("broadcast-done");
    }

    private void deliver(long row) {
        jdbc.update("UPDATE outbox_message SET status = 'SENT', sent_at = ? WHERE id = ?", Timestamp.from(Instant.now()), row);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
