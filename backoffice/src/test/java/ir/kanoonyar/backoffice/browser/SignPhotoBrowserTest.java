package ir.kanoonyar.backoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import ir.kanoonyar.db.identity.SignPhotoRepository;
import ir.kanoonyar.db.identity.SignPhotoStatus;
import ir.kanoonyar.db.identity.SignPhotos;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.request.AttachmentStore;
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
 * The sign photo's confirm page in a real browser, on an embedded database with the demo data: the
 * demo kanoon's manager has sent a photo of its sign; demo-county opens it from the navigation, is
 * told to tick the whole checklist, confirms, and the licences page shows the sign confirmed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.auto-startup=false")
class SignPhotoBrowserTest {

    private static final String DEMO_LICENCE = "DEMO-00-0001";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "sign-photo-browser");
    }

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium(1400, 900);
    final WebDriver browser = chromium.driver();
    final WebDriverWait wait = chromium.await();

    @LocalServerPort
    int port;
    @Autowired
    LicenceRepository licences;
    @Autowired
    KanoonRepository kanoons;
    @Autowired
    AttachmentStore store;
    @Autowired
    SignPhotos signPhotos;
    @Autowired
    SignPhotoRepository photos;

    @Test
    void countyStaffConfirmTheSignAgainstTheChecklistAndTheLicencesPageShowsIt() throws Exception {
        Kanoon kanoon = kanoons.findById(licences.findByNumber(DEMO_LICENCE).orElseThrow().getKanoonId())
                .orElseThrow();
        long attachment = store.keep(signPicture(), true, "sign_photo", "sign.jpg", null).attachment().getId();
        assertThat(signPhotos.received(kanoon.getManagerPersonId(), kanoon.getId(), attachment))
                .isInstanceOf(SignPhotos.Allowed.class);

        chromium.signIn(url("/login"), "demo-county");
        browser.findElement(By.linkText("عکس تابلوها")).click();
        wait.until(ExpectedConditions.urlContains("/sign-photos"));
        browser.findElement(By.linkText(kanoon.getName())).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.sign-photo")));
        assertThat(browser.findElement(By.cssSelector("dd.kanoon")).getText()).isEqualTo(kanoon.getName());
        assertThat(browser.findElement(By.cssSelector("dd.status")).getText()).isEqualTo("در انتظار بررسی");
        chromium.snapshot("sign-photo");

        // Half the checklist is not a confirmation.
        browser.findElement(By.id("logoVisible1")).click();
        browser.findElement(By.name("confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.problem"),
                "همهٔ بندهای فهرست"));
        assertThat(photos.findByKanoonIdAndStatus(kanoon.getId(), SignPhotoStatus.WAITING)).hasSize(1);

        for (String item : new String[] {"logoVisible1", "nameCorrect1", "readable1", "atEntrance1"}) {
            if (!browser.findElement(By.id(item)).isSelected()) {
                browser.findElement(By.id(item)).click();
            }
        }
        browser.findElement(By.name("confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "تأیید شد"));
        assertThat(photos.findByKanoonIdAndStatus(kanoon.getId(), SignPhotoStatus.WAITING)).isEmpty();
        chromium.snapshot("sign-photo-confirmed");

        browser.findElement(By.linkText("پروانه‌ها")).click();
        By row = By.cssSelector("tr[data-number='" + DEMO_LICENCE + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(browser.findElement(row).findElement(By.cssSelector("td.sign")).getText()).startsWith("تأیید تابلو");
        assertThat(browser.findElement(row).findElement(By.cssSelector("a.kit-sign")).getAttribute("href"))
                .endsWith("/licences/" + DEMO_LICENCE + "/identity/sign.pdf");
        chromium.snapshot("licences-sign-confirmed");
    }

    private static byte[] signPicture() throws Exception {
        BufferedImage image = new BufferedImage(320, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b6e4f));
        g.fillRect(0, 0, 320, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
