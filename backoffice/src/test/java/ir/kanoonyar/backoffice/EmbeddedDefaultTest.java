package ir.kanoonyar.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;

import ir.kanoonyar.backoffice.requests.Inbox;
import ir.kanoonyar.backoffice.requests.InboxQuery;
import ir.kanoonyar.backoffice.requests.InboxRow;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.testsupport.EmbeddedDefaultContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The back-office as the README's run command starts it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultTest extends EmbeddedDefaultContract {

    private static final String DEMO_OVERDUE = "140511050092";

    @Autowired
    JdbcTemplate h2;
    @Autowired
    Inbox inbox;
    @Autowired
    StaffAccountRepository staff;

    @Test
    void theDemoRequestPastItsDueTimeIsEscalatedByTheSchedulerAndMarkedInTheCountysInbox() throws Exception {
        assertThat(TrackingCode.isValid(DEMO_OVERDUE)).isTrue();
        // The escalation job runs on its own, about 20 s after start-up: wait for it, do not call it.
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(escalatedAt()).as("escalated by the Quartz job").isNotNull());

        StaffScope arak = StaffScope.of(staff.findByUsername("demo-county").orElseThrow());
        assertThat(inbox.page(arak, new InboxQuery(null, null, false, true, null, null)).rows())
                .filteredOn(row -> row.trackingCode().equals(DEMO_OVERDUE))
                .singleElement().satisfies(row -> assertThat(row.escalated()).isTrue());
        assertThat(inbox.page(arak, new InboxQuery(null, null, false, false, null, null)).rows())
                .extracting(InboxRow::trackingCode).contains(DEMO_OVERDUE);
    }

    private Timestamp escalatedAt() {
        return h2.queryForObject("SELECT escalated_at FROM request WHERE tracking_code = ?", Timestamp.class,
                DEMO_OVERDUE);
    }
}
