package ir.kanoonyar.backoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.request.ReviewLevel;
import ir.kanoonyar.testsupport.TestDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox as a county expert works in it, in Chromium on the embedded database with its demo data
 * (demo-county in Arak, ten demo manager registrations waiting for it): the views, sorting, a search
 * across views, the bulk approval with a refusal and its reason, the keyboard, the .xlsx export, saved
 * filters, forged parameters, and that a request of another county never shows, exports or bulk-approves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.auto-startup=false")
class InboxBrowserTest {

    private static final String ARAK = "0001";
    private static final String SAVEH = "0006";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "inbox-browser");
    }

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium(1400, 1000);
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
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signedInAsTheArakCountyExpert() {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        chromium.signInAfresh(url("/login"), "demo-county");
    }

    @Test
    void theCountyExpertApprovesTheDemoManagerRegistrationsInOneActionAndIsToldWhichWasRefusedAndWhy() {
        List<Long> demo = jdbc.queryForList("SELECT id FROM request WHERE type = 'MANAGER_REGISTRATION'"
                + " AND status = 'COUNTY_REVIEW' AND county_id = ? AND tracking_code LIKE '14051105%'", Long.class,
                county(ARAK).getId());
        assertThat(demo).as("the demo's manager registrations waiting for demo-county").hasSizeGreaterThanOrEqualTo(10);
        long outOfRegion = waitingRegistration(SAVEH, "بیژن", "ساوه‌ای");

        browser.get(url("/inbox?type=MANAGER_REGISTRATION"));
        assertThat(rowIds()).containsAll(demo).doesNotContain(outOfRegion);
        browser.findElement(By.id("pick-all")).click();
        List<Long> picked = browser.findElements(By.cssSelector("input[name=pick]:checked")).stream()
                .map(box -> Long.parseLong(box.getAttribute("value").split(":")[0])).toList();
        assertThat(picked).containsAll(demo);
        // The applicant of one withdraws while the list is open; and a forged pick names another county's request.
        long changed = demo.get(3);
        Request withdrawn = requests.findById(changed).orElseThrow();
        tx.executeWithoutResult(s -> workflow.withdraw(requests.findById(changed).orElseThrow(),
                Actor.person(withdrawn.getApplicantPersonId(), ActorRole.APPLICANT), null));
        long savehVersion = requests.findById(outOfRegion).orElseThrow().getVersion();
        ((JavascriptExecutor) browser).executeScript("var box = document.createElement('input'); box.type = 'checkbox';"
                + " box.name = 'pick'; box.checked = true; box.value = arguments[0];"
                + " document.getElementById('bulk').appendChild(box);", outOfRegion + ":" + savehVersion);
        chromium.snapshot("inbox-bulk-picked");

        browser.findElement(By.cssSelector(".bulk-bar button[type=submit]")).click();
        String question = wait.until(ExpectedConditions.alertIsPresent()).getText();
        assertThat(question).startsWith(PersianText.toPersianDigits(String.valueOf(picked.size() + 1))
                + " درخواست ثبت مدیر تأیید شود؟");
        browser.switchTo().alert().accept();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bulk-result")));
        chromium.snapshot("inbox-bulk-summary");
        String summary = browser.findElement(By.cssSelector(".bulk-result")).getText();
        assertThat(summary).contains("تأیید گروهی: " + PersianText.toPersianDigits(String.valueOf(picked.size() - 1))
                + " درخواست انجام شد و ۲ درخواست انجام نشد.");
        String refused = browser.findElement(By.cssSelector(".bulk-refused")).getText();
        assertThat(refused).contains(display(withdrawn.getTrackingCode()) + ": این درخواست پس از باز شدن فهرست تغییر کرده است")
                .contains("درخواست شمارهٔ " + PersianText.toPersianDigits(String.valueOf(outOfRegion))
                        + ": در منطقهٔ شما چنین درخواستی نیست.")
                .doesNotContain(display(requests.findById(outOfRegion).orElseThrow().getTrackingCode()));
        for (long id : picked) {
            RequestStatus status = requests.findById(id).orElseThrow().getStatus();
            assertThat(status).as("request " + id).isEqualTo(id == changed ? RequestStatus.WITHDRAWN : RequestStatus.APPROVED);
        }
        assertThat(requests.findById(outOfRegion).orElseThrow().getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
        // They are now in «تصمیم‌گرفته به دست من», and no longer waiting.
        browser.get(url("/inbox?view=DECIDED"));
        assertThat(rowIds()).containsAll(picked.stream().filter(id -> id != changed).toList()).doesNotContain(changed);
    }

    @Test
    void eachViewListsItsRequestsOfTheRegionAndASearchFindsADecidedRequestByItsCodeInPersianDigitsWithoutDashes() {
        long waiting = waitingRequest(ARAK, "پریسا", "منتظری");
        long decided = waitingRequest(ARAK, "کامران", "تصمیمی");
        long returned = waitingRequest(ARAK, "ژاله", "برگشتی");
        long withdrawn = waitingRequest(ARAK, "یاسر", "انصرافی");
        long saveh = waitingRequest(SAVEH, "هومن", "ساوجی");
        Actor expert = new Actor("demo-county", ActorRole.COUNTY_STAFF);
        tx.executeWithoutResult(s -> {
            workflow.approve(requests.findById(decided).orElseThrow(), ReviewLevel.COUNTY, expert, null);
            workflow.returnToApplicant(requests.findById(returned).orElseThrow(), ReviewLevel.COUNTY, expert,
                    "نشانی را کامل کنید", List.of());
            Request w = requests.findById(withdrawn).orElseThrow();
            workflow.withdraw(w, Actor.person(w.getApplicantPersonId(), ActorRole.APPLICANT), null);
        });

        browser.get(url("/inbox"));
        assertThat(rowIds()).contains(waiting).doesNotContain(decided, returned, withdrawn, saveh);
        assertThat(activeView()).isEqualTo("در انتظار من");
        clickView("همهٔ درخواست‌های منطقهٔ من");
        chromium.snapshot("inbox-all");
        assertThat(rowIds()).contains(waiting, decided, returned, withdrawn).doesNotContain(saveh);
        assertThat(browser.findElement(By.cssSelector(".counts.steps")).getText())
                .contains("بررسی شهرستان", "تأییدشده", "بازگشته برای اصلاح", "انصراف‌داده");
        assertThat(browser.findElement(By.cssSelector(".pager .where")).getText()).startsWith("صفحهٔ ۱ از ");
        clickView("تصمیم‌گرفته به دست من");
        assertThat(rowIds()).contains(decided, returned).doesNotContain(waiting, withdrawn, saveh);
        clickView("بازگشته و در انتظار متقاضی");
        assertThat(rowIds()).contains(returned).doesNotContain(waiting, decided, withdrawn);
        clickView("انصراف‌داده");
        assertThat(rowIds()).contains(withdrawn).doesNotContain(waiting, decided, returned);

        // Back in «در انتظار من»: the approved one is not there, but its code finds it, typed as people do.
        clickView("در انتظار من");
        String typed = PersianText.toPersianDigits(requests.findById(decided).orElseThrow().getTrackingCode());
        assertThat(typed).doesNotContain("-");
        WebElement search = browser.findElement(By.name("q"));
        search.sendKeys(typed);
        search.submit();
        wait.until(ExpectedConditions.urlContains("q="));
        assertThat(rowIds()).containsExactly(decided);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("جستجو در همهٔ درخواست‌های منطقهٔ شما")
                .contains("تأییدشده");
        // Another county's code finds nothing, in any view.
        browser.get(url("/inbox?view=ALL&q=" + requests.findById(saveh).orElseThrow().getTrackingCode()));
        assertThat(rowIds()).isEmpty();
        assertThat(browser.findElement(By.cssSelector("p.empty")).getText())
                .isEqualTo("در درخواست‌های منطقهٔ شما چیزی با این جستجو پیدا نشد.");
    }

    @Test
    void columnsSortOnTheServerBothWaysAndForgedParametersGiveTheDefaultList() {
        waitingRequest(ARAK, "الف", "آذری");
        waitingRequest(ARAK, "ب", "یزدانی");
        String first = "الف آذری";
        String last = "ب یزدانی";
        browser.get(url("/inbox?view=ALL&size=100"));
        browser.findElement(By.cssSelector("a.sort[data-sort=applicant]")).click();
        wait.until(ExpectedConditions.urlContains("sort=applicant"));
        List<String> ascending = column(3);
        assertThat(ascending.indexOf(first)).isNotNegative().isLessThan(ascending.indexOf(last));
        assertThat(sortedBy("th[aria-sort=ascending]")).contains("متقاضی");

        browser.findElement(By.cssSelector("a.sort[data-sort=applicant]")).click();
        wait.until(ExpectedConditions.urlContains("dir=desc"));
        assertThat(sortedBy("th[aria-sort=descending]")).contains("متقاضی");
        List<String> descending = column(3);
        assertThat(descending.indexOf(last)).isNotNegative().isLessThan(descending.indexOf(first));

        // Forged: SQL as a sort key, an unknown view, an absurd page size and page, a broken cursor.
        browser.get(url("/inbox?sort=r.id%3BDROP%20TABLE%20request&dir=sideways&view=EVERYTHING&size=99999"
                + "&page=-4&after=yesterday&type=NOPE&step=DRAFT&county=abc"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("کارتابل درخواست‌ها");
        assertThat(activeView()).isEqualTo("در انتظار من");
        assertThat(sortedBy("th[aria-sort=ascending]")).contains("مهلت");
        assertThat(browser.findElement(By.cssSelector("select[name=size] option[selected]")).getText()).isEqualTo("۵۰");
        assertThat(rowIds()).isNotEmpty();
        assertThat(requests.count()).isPositive();
    }

    @Test
    void theKeyboardMovesBetweenRowsPicksOpensAndReturnsAndThePageSaysHow() {
        waitingRegistration(ARAK, "کیبورد", "یکم");
        waitingRegistration(ARAK, "کیبورد", "دوم");
        waitingRegistration(ARAK, "کیبورد", "سوم");
        browser.get(url("/inbox?type=MANAGER_REGISTRATION"));
        assertThat(browser.findElement(By.cssSelector(".shortcuts")).getText())
                .contains("درخواست بعدی", "درخواست قبلی", "باز کردن درخواست", "تأیید", "بازگرداندن برای اصلاح");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.inbox tbody tr"));
        Actions keys = new Actions(browser);
        keys.sendKeys("j").perform();
        assertThat(rows.get(0).getAttribute("class")).contains("current");
        keys.sendKeys("j").perform();
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(rows.get(2).getAttribute("class")).contains("current");
        assertThat(rows.get(0).getAttribute("class")).doesNotContain("current");
        keys.sendKeys("k").perform();
        assertThat(rows.get(1).getAttribute("class")).contains("current");
        chromium.snapshot("inbox-keyboard");

        // x picks a manager registration for the bulk approval; a cancels nothing when the dialog is dismissed.
        String second = rows.get(1).getAttribute("data-id");
        WebElement box = rows.get(1).findElement(By.name("pick"));
        keys.sendKeys("x").perform();
        assertThat(box.isSelected()).isTrue();
        keys.sendKeys("x").perform();
        assertThat(box.isSelected()).isFalse();
        keys.sendKeys("a").perform();
        assertThat(wait.until(ExpectedConditions.alertIsPresent()).getText()).contains("۱ درخواست ثبت مدیر تأیید شود؟");
        browser.switchTo().alert().dismiss();
        assertThat(requests.findById(Long.parseLong(second)).orElseThrow().getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);

        keys.sendKeys("r").perform();
        wait.until(ExpectedConditions.urlContains("/requests/" + second));
        assertThat(browser.getCurrentUrl()).endsWith("/requests/" + second + "#return");
        browser.navigate().back();
        wait.until(ExpectedConditions.urlContains("/inbox"));
        new Actions(browser).sendKeys("j").perform();
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.urlMatches(".*/requests/\\d+$"));
    }

    @Test
    void theExportHoldsTheCurrentViewOfTheRegionOnlyAndSavedFiltersComeBack() throws Exception {
        long arak = waitingRequest(ARAK, "اکسل", "اراکی");
        long saveh = waitingRequest(SAVEH, "اکسل", "ساوه‌ای");
        browser.get(url("/inbox?view=ALL&sort=submitted&dir=desc"));
        String exportHref = browser.findElement(By.cssSelector("a.export")).getAttribute("href");
        assertThat(browser.findElement(By.cssSelector("a.export")).getText()).contains("۱۰٬۰۰۰");

        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(exportHref))
                .header("Cookie", browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                        .collect(Collectors.joining("; "))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        List<String> codes = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("فهرست «همهٔ درخواست‌های منطقهٔ من»:");
            Row titles = sheet.getRow(1);
            assertThat(titles.getCell(0).getStringCellValue()).isEqualTo("کد رهگیری");
            assertThat(titles.getCell(2).getStringCellValue()).isEqualTo("متقاضی");
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals(display(code(arak)))) {
                    assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).isEqualTo("اکسل اراکی");
                    assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).isEqualTo("بررسی شهرستان");
                }
            }
        }
        List<String> shown = column(1);
        assertThat(codes).contains(display(code(arak))).doesNotContain(display(code(saveh)));
        assertThat(codes.subList(0, Math.min(codes.size(), shown.size()))).containsExactlyElementsOf(shown);

        // Saved: the current view under a name, opened again in one click.
        WebElement name = browser.findElement(By.name("name"));
        name.sendKeys("همه به ترتیب ثبت");
        name.submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "فیلتر ذخیره شد."));
        browser.get(url("/inbox"));
        browser.findElement(By.linkText("همه به ترتیب ثبت")).click();
        wait.until(ExpectedConditions.urlContains("view=ALL"));
        assertThat(activeView()).isEqualTo("همهٔ درخواست‌های منطقهٔ من");
        assertThat(sortedBy("th[aria-sort=descending]")).contains("تاریخ ثبت");
    }

    @Test
    void theLayoutHasANavigationColumnAndBreadcrumbsThatFoldAwayOnATablet() {
        browser.get(url("/inbox"));
        WebElement nav = browser.findElement(By.id("app-nav"));
        assertThat(nav.isDisplayed()).isTrue();
        assertThat(nav.getText()).contains("کارتابل", "همهٔ درخواست‌ها", "پیام همگانی", "دوره‌های آموزشی",
                "پیوند با بات", "گذرواژه").doesNotContain("حساب‌ها", "گزارش رویدادها");
        assertThat(nav.findElement(By.cssSelector("a.active")).getText()).isEqualTo("کارتابل");
        int navLeft = nav.getRect().getX();
        int mainRight = browser.findElement(By.tagName("main")).getRect().getX()
                + browser.findElement(By.tagName("main")).getRect().getWidth();
        assertThat(navLeft).as("the column stands at the right, beside the content").isGreaterThanOrEqualTo(mainRight - 1);
        assertThat(browser.findElement(By.tagName("main")).getRect().getWidth()).isGreaterThan(1000);
        chromium.snapshot("inbox");

        browser.findElement(By.linkText("دوره‌های آموزشی")).click();
        wait.until(ExpectedConditions.urlContains("/training"));
        assertThat(browser.findElement(By.cssSelector(".app-crumbs")).getText()).contains("کارتابل", "دوره‌های آموزشی");

        browser.manage().window().setSize(new Dimension(800, 1100));
        browser.get(url("/inbox"));
        assertThat(browser.findElement(By.id("app-nav")).isDisplayed()).isFalse();
        browser.findElement(By.cssSelector(".navbar-toggler")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("app-nav")));
        chromium.snapshot("inbox-tablet-menu");
    }

    // ---- helpers ----

    private List<Long> rowIds() {
        return browser.findElements(By.cssSelector("table.inbox tbody tr")).stream()
                .map(tr -> Long.parseLong(tr.getAttribute("data-id"))).toList();
    }

    /** The texts of one column of the list (1 is the tracking code; a leading checkbox column is skipped). */
    private List<String> column(int n) {
        boolean picks = !browser.findElements(By.id("pick-all")).isEmpty();
        return browser.findElements(By.cssSelector("table.inbox tbody tr td:nth-child(" + (picks ? n + 1 : n) + ")"))
                .stream().map(WebElement::getText).toList();
    }

    /** The text of a column head, even when the table is scrolled sideways and it is out of sight. */
    private String sortedBy(String selector) {
        return browser.findElement(By.cssSelector(selector)).getAttribute("textContent");
    }

    private String activeView() {
        return browser.findElement(By.cssSelector(".inbox-views a.active")).getText();
    }

    private void clickView(String name) {
        browser.findElement(By.linkText(name)).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".inbox-views a.active"), name));
    }

    private long waitingRequest(String countyCode, String first, String last) {
        return submitted(RequestType.SERVICE_REQUEST, countyCode, first, last);
    }

    private long waitingRegistration(String countyCode, String first, String last) {
        return submitted(RequestType.MANAGER_REGISTRATION, countyCode, first, last);
    }

    private long submitted(RequestType type, String countyCode, String first, String last) {
        County county = county(countyCode);
        Long personId = tx.execute(s -> {
            Person person = new Person(Instant.now());
            person.register(new Person.Profile(null, first, last, "09120000077", null, null, null, null,
                    county.getProvince().getId(), county.getId()), Instant.now());
            return persons.save(person).getId();
        });
        Long id = drafts.start(type, personId, county.getProvince().getId(), county.getId()).getId();
        tx.executeWithoutResult(s -> workflow.submit(requests.findById(id).orElseThrow(),
                Actor.person(personId, ActorRole.APPLICANT)));
        return id;
    }

    private County county(String code) {
        return counties.findByCode(code).orElseThrow();
    }

    private String code(long id) {
        return requests.findById(id).orElseThrow().getTrackingCode();
    }

    private static String display(String code) {
        return PersianText.toPersianDigits(TrackingCode.display(code));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
