package ir.kanoonyar.backoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.training.Course;
import ir.kanoonyar.db.training.CourseRepository;
import ir.kanoonyar.db.training.Enrolment;
import ir.kanoonyar.db.training.Enrolments;
import ir.kanoonyar.db.training.QuizGrading;
import ir.kanoonyar.db.training.QuizOption;
import ir.kanoonyar.db.training.QuizStep;
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
import ir.kanoonyar.testsupport.TestDatabase;

/**
 * Training in a real browser (headless Chromium) on the embedded database with its demo accounts:
 * the national admin writes a course with a lesson and a question and publishes it; a manager in
 * Arak passes it; the Markazi province expert opens the course's figures and sees the pass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.auto-startup=false")
class TrainingBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "training-browser");
    }

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium(1200, 1400);
    final WebDriver browser = chromium.driver();
    final WebDriverWait wait = chromium.await();

    @LocalServerPort
    int port;

    @Autowired
    CourseRepository courses;
    @Autowired
    Enrolments enrolments;
    @Autowired
    QuizGrading grading;
    @Autowired
    PersonRepository persons;
    @Autowired
    CountyRepository counties;
    @Autowired
    TransactionTemplate tx;

    @Test
    void theNationalAdminPublishesACourseAndTheProvinceSeesWhoPassedIt() {
        chromium.signIn(url("/login"), "demo-national");
        browser.get(url("/training"));
        browser.findElement(By.name("code")).sendKeys("ORIENT-1");
        browser.findElement(By.name("title")).sendKeys("آشنایی با کانون");
        browser.findElement(By.cssSelector("form[action='/training'] button")).click();
        wait.until(ExpectedConditions.urlMatches("/training/\\d+$"));
        Course course = courses.findByCode("ORIENT-1").orElseThrow();

        WebElement lesson = browser.findElement(By.id("new-lesson"));
        lesson.findElement(By.name("title")).sendKeys("کانون چیست؟");
        lesson.findElement(By.name("body")).sendKeys("کانون فرهنگی هنری مسجد خانهٔ نوجوانان و جوانان محله است.");
        lesson.findElement(By.cssSelector("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "درس افزوده شد"));

        WebElement question = browser.findElement(By.id("new-question"));
        question.findElement(By.name("text")).sendKeys("کانون در کجا فعالیت می‌کند؟");
        var fields = question.findElements(By.name("option"));
        fields.get(0).sendKeys("در مسجد");
        fields.get(1).sendKeys("در مدرسه");
        question.findElements(By.name("correct")).get(0).click();
        question.findElement(By.cssSelector("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "پرسش افزوده شد"));
        chromium.snapshot("training-draft");

        browser.findElement(By.cssSelector(".lesson .preview-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bubble")));
        // The only lesson: no «قبلی», and the quiz instead of «بعدی».
        assertThat(browser.findElement(By.cssSelector(".bubble")).getText())
                .contains("درس ۱ از ۱: کانون چیست؟", "شروع آزمون").doesNotContain("قبلی");
        chromium.snapshot("training-preview");
        browser.navigate().back();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.publish"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "منتشر شد"));
        assertThat(browser.findElement(By.cssSelector(".version-status")).getText()).isEqualTo("منتشرشده");
        assertThat(courses.findById(course.getId()).orElseThrow().getPublishedVersionId()).isNotNull();

        passAsAManagerInArak(course.getId());

        chromium.signInAfresh(url("/login"), "demo-province");
        browser.get(url("/training"));
        browser.findElement(By.cssSelector("tr[data-code='ORIENT-1'] a[href$='/figures']")).click();
        wait.until(ExpectedConditions.urlContains("/figures"));
        chromium.snapshot("training-figures");
        assertThat(browser.findElement(By.cssSelector(".area")).getText()).isEqualTo("مرکزی");
        assertThat(browser.findElement(By.cssSelector("[data-figure=passed]")).getText()).isEqualTo("۱");
        assertThat(browser.findElement(By.cssSelector("table.by-county")).getText()).contains("اراک");
    }

    private void passAsAManagerInArak(long courseId) {
        County arak = counties.findByCode("0001").orElseThrow();
        tx.executeWithoutResult(s -> {
            Person person = new Person(Instant.now());
            person.register(new Person.Profile(null, "نرگس", "صالحی", "09120000088", null, null, null, null,
                    arak.getProvince().getId(), arak.getId()), Instant.now());
            persons.save(person);
            Enrolment enrolment = enrolments.enrol(person, courseId);
            QuizStep.Ask ask = (QuizStep.Ask) grading.start(enrolment.getId());
            QuizOption right = ask.options().stream().filter(QuizOption::isCorrect).findFirst().orElseThrow();
            assertThat(grading.answer(enrolment.getId(), ask.question().getId(), right.getId()))
                    .isInstanceOf(QuizStep.Finished.class);
        });
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
