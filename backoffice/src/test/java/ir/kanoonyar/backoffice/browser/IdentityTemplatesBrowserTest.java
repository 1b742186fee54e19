package ir.kanoonyar.backoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ir.kanoonyar.db.identity.IdentityTemplates;
import ir.kanoonyar.db.identity.Piece;
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
 * The national admin's page of the identity designs in a real browser, on the embedded database:
 * a colour too close to the background is refused in Persian with what was typed kept, then a
 * readable one is published as version 2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.auto-startup=false")
class IdentityTemplatesBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "identity-templates-browser");
    }

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium(1400, 900);
    final WebDriver browser = chromium.driver();
    final WebDriverWait wait = chromium.await();

    @LocalServerPort
    int port;
    @Autowired
    IdentityTemplates templates;

    @Test
    void theNationalAdminPublishesANewVersionOfTheSign() {
        chromium.signIn("http://127.0.0.1:" + port + "/login", "demo-national");
        browser.findElement(By.linkText("هویت بصری")).click();
        wait.until(ExpectedConditions.urlContains("/identity/templates"));
        chromium.snapshot("identity-templates");

        WebElement ink = browser.findElement(By.name("designs[0].ink"));
        ink.clear();
        ink.sendKeys("#0c6f50");
        browser.findElement(By.cssSelector("form.identity-template button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.problem"), "خوانا نیست"));
        assertThat(browser.findElement(By.name("designs[0].ink")).getAttribute("value")).isEqualTo("#0c6f50");
        assertThat(templates.current().getVersionNumber()).isEqualTo(1);

        ink = browser.findElement(By.name("designs[0].ink"));
        ink.clear();
        ink.sendKeys("#fff7d6");
        browser.findElement(By.cssSelector("form.identity-template button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "نسخهٔ ۲"));
        assertThat(templates.current().design(Piece.SIGN).getInk()).isEqualTo("#fff7d6");
        chromium.snapshot("identity-templates-published");
    }
}
