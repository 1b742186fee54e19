package ir.kanoonyar.backoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium (scripts/test-browser.sh installs it) for the browser tests, one per test
 * class ({@code @RegisterExtension static}): it starts in Persian before the class's tests and quits
 * after them, signs a demo staff account in through the login form, and keeps screenshots in
 * target/browser for a person to look at.
 */
final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {

    /** The demo accounts' password (db/demo). */
    private static final String DEMO_PASSWORD = "kanoonyar-demo";

    private final Dimension window;
    private WebDriver driver;
    private WebDriverWait wait;

    /** A window of this size (the pages differ in length). */
    HeadlessChromium(int width, int height) {
        this.window = new Dimension(width, height);
    }

    /** A fresh browser with its own profile. */
    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        assertThat(new File("/usr/bin/chromium")).as("Chromium: run scripts/test-browser.sh").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=fa", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(window);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    /** The running browser: test instances are made after {@link #beforeAll}, so their fields can hold it. */
    WebDriver driver() {
        return driver;
    }

    /** Waits up to 15 seconds: pages that update themselves get the time to do it. */
    WebDriverWait await() {
        return wait;
    }

    /** Opens the login page at {@code loginUrl} and signs the demo account in. */
    void signIn(String loginUrl, String username) {
        driver.get(loginUrl);
        submitLogin(username);
    }

    /** Forgets the session of whoever was signed in, then signs {@code username} in as {@link #signIn} does. */
    void signInAfresh(String loginUrl, String username) {
        driver.manage().deleteAllCookies();
        signIn(loginUrl, username);
    }

    /** Fills the login form already on screen and waits for the home page (the dashboard), where staff land. */
    void submitLogin(String username) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.dashboard")));
    }

    /** Keeps what the browser shows in target/browser/{name}.png. */
    void snapshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target/browser"));
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
