package ir.kanoonyar.backoffice.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.outbox.OutboxLane;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.ConsentRepository;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.testsupport.RandomPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each kind of reminder on the real database: written once however often the sweep runs, to the
 * right people, in the bulk lane, and held until the morning when written in quiet hours.
 */
class RemindersOnMariaDbTest extends JobsOnMariaDb {

    @Autowired
    ReminderSweep sweep;
    @Autowired
    ConsentRepository consents;
    @Autowired
    LicenceRepository licences;

    @Test
    void anUnfinishedFormIsRemindedOncePerIdleSpellAndNotWhenAbandonedOrFresh() {
        long idle = session(DAY.minus(Duration.ofHours(25)));
        long fresh = session(DAY.minus(Duration.ofHours(2)));
        long abandoned = session(DAY.minus(Duration.ofDays(8)));

        sweep.run(DAY);
        sweep.run(DAY.plusSeconds(60));

        assertThat(outbox.findByChannelAndChatIdOrderByIdAsc(Channel.TELEGRAM, idle)).singleElement()
                .satisfies(row -> {
                    assertThat(row.getKind()).isEqualTo("REMINDER_FORM");
                    assertThat(row.getLane()).isEqualTo(OutboxLane.BULK);
                    assertThat(row.getNotBefore()).isEqualTo(DAY);
                    assertThat(text(row)).contains("نیمه‌کاره");
                });
        assertThat(outbox.findByChannelAndChatIdOrderByIdAsc(Channel.TELEGRAM, fresh)).isEmpty();
        assertThat(outbox.findByChannelAndChatIdOrderByIdAsc(Channel.TELEGRAM, abandoned)).isEmpty();

        // The person answered and went idle again: a new spell, a new reminder.
        jdbc.update("UPDATE conversation_session SET updated_at = ? WHERE chat_id = ?",
                Timestamp.from(DAY.plus(Duration.ofHours(1))), idle);
        sweep.run(DAY.plus(Duration.ofHours(26)));
        assertThat(outbox.findByChannelAndChatIdOrderByIdAsc(Channel.TELEGRAM, idle)).hasSize(2);
    }

    @Test
    void anUnsignedConsentSendsTheLinkAgainToTheApplicantAndToASignerTheBotKnows() {
        long applicant = person("0001", mobile());
        String imamMobile = mobile();
        long imam = person("0001", imamMobile);
        long request = request(applicant, "0001", "AWAITING_CONSENTS", DAY.minus(Duration.ofDays(4)));
        Instant issued = DAY.minus(Duration.ofDays(3)).minus(Duration.ofHours(1));
        Consent consent = consents.save(new Consent(request, ConsentRole.IMAM, imamMobile, issued));

        sweep.run(DAY);
        sweep.run(DAY);

        assertThat(outbox.findByPersonIdOrderByIdAsc(applicant)).singleElement().satisfies(row -> {
            assertThat(row.getKind()).isEqualTo("REMINDER_CONSENT");
            assertThat(row.getDedupKey()).startsWith("consent:" + consent.getId() + ":").contains(":day3:applicant");
            assertThat(text(row)).contains("امام جماعت", "/start c_" + consent.getToken());
        });
        assertThat(outbox.findByPersonIdOrderByIdAsc(imam)).singleElement()
                .satisfies(row -> assertThat(text(row)).contains("منتظر امضای شما", "/start c_" + consent.getToken()));

        // Four days later the next threshold (7) is reached: one more each, still no repeat of day 3.
        sweep.run(DAY.plus(Duration.ofDays(4)));
        sweep.run(DAY.plus(Duration.ofDays(4)));
        assertThat(outbox.findByPersonIdOrderByIdAsc(applicant)).extracting(OutboxMessage::getDedupKey)
                .satisfiesExactly(k -> assertThat(k).contains(":day3:"), k -> assertThat(k).contains(":day7:"));
        assertThat(outbox.findByPersonIdOrderByIdAsc(imam)).hasSize(2);
    }

    @Test
    void aSignedConsentOrAConsentOfAnotherStepIsNotReminded() {
        long applicant = person("0001", mobile());
        long request = request(applicant, "0001", "COUNTY_REVIEW", DAY.minus(Duration.ofDays(4)));
        consents.save(new Consent(request, ConsentRole.IMAM, mobile(), DAY.minus(Duration.ofDays(5))));

        sweep.run(DAY);

        assertThat(outbox.findByPersonIdOrderByIdAsc(applicant)).isEmpty();
    }

    @Test
    void aReturnedRequestNotFixedIsRemindedOncePerThreshold() {
        long applicant = person("0006", mobile());
        long request = request(applicant, "0006", "RETURNED", DAY.minus(Duration.ofDays(3)).minusSeconds(60));
        long fixedSoon = request(person("0006", mobile()), "0006", "RETURNED", DAY.minus(Duration.ofDays(1)));

        sweep.run(DAY);
        sweep.run(DAY);

        assertThat(outbox.findByPersonIdOrderByIdAsc(applicant)).singleElement().satisfies(row -> {
            assertThat(row.getKind()).isEqualTo("REMINDER_RETURNED");
            assertThat(row.getDedupKey()).startsWith("returned:" + request + ":").contains(":day3:");
            assertThat(text(row)).contains("درخواست‌های من", "۳ روز");
        });
        assertThat(rows("returned:" + fixedSoon + ":")).isEmpty();
    }

    @Test
    void aLicenceEndingSoonIsRemindedAtSixtyThirtyAndSevenDaysOnceEach() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        long manager = person("0001", mobile());
        Kanoon kanoon = kanoon("0001", manager);
        Licence licence = licences.save(new Licence("T-" + RandomPeople.digits(8), kanoon.getId(), null,
                today.minusYears(3), today.plusDays(45), Instant.now()));
        long farManager = person("0001", mobile());
        licences.save(new Licence("T-" + RandomPeople.digits(8), kanoon("0001", farManager).getId(), null,
                today.minusYears(1), today.plusDays(90), Instant.now()));

        sweep.run(DAY);
        sweep.run(DAY);
        assertThat(outbox.findByPersonIdOrderByIdAsc(manager)).singleElement().satisfies(row -> {
            assertThat(row.getDedupKey()).startsWith("licence:" + licence.getId() + ":60:");
            assertThat(text(row)).contains(licence.getNumber(), "۴۵ روز دیگر");
        });
        assertThat(outbox.findByPersonIdOrderByIdAsc(farManager)).isEmpty();

        sweep.run(DAY.plus(Duration.ofDays(16)));
        sweep.run(DAY.plus(Duration.ofDays(40)));
        sweep.run(DAY.plus(Duration.ofDays(41)));
        // The manager's kanoon, with no activity report, is also reminded of its report (issue 9): not counted here.
        assertThat(outbox.findByPersonIdOrderByIdAsc(manager)).extracting(OutboxMessage::getDedupKey)
                .filteredOn(k -> k.startsWith("licence:"))
                .satisfiesExactly(k -> assertThat(k).contains(":60:"), k -> assertThat(k).contains(":30:"),
                        k -> assertThat(k).contains(":7:"));
    }

    @Test
    void aKanoonLeftWithoutAManagerRemindsTheFormerManagerAndTheCountysLinkedStaff() {
        long manager = person("0002", mobile());
        Kanoon kanoon = kanoon("0002", manager);
        tx.executeWithoutResult(s -> kanoons.findById(kanoon.getId()).orElseThrow()
                .releaseManager(DAY.minus(Duration.ofDays(8))));
        StaffAccount ashtian = linkedStaff("county", "0002");
        StaffAccount arak = linkedStaff("county", "0001");

        sweep.run(DAY);
        sweep.run(DAY);

        assertThat(outbox.findByPersonIdOrderByIdAsc(manager)).singleElement().satisfies(row -> {
            assertThat(row.getKind()).isEqualTo("REMINDER_NO_MANAGER");
            assertThat(text(row)).contains(kanoon.getName(), "هیئت امنا");
        });
        assertThat(outbox.findByChannelAndChatIdOrderByIdAsc(Channel.TELEGRAM, ashtian.getChatId())).singleElement()
                .satisfies(row -> assertThat(text(row)).contains(kanoon.getName()));
        assertThat(outbox.findByChannelAndChatIdOrderByIdAsc(Channel.TELEGRAM, arak.getChatId())).isEmpty();
    }

    @Test
    void remindersWrittenInQuietHoursWaitForTheMorningAndAreNotWrittenAgainThen() {
        long applicant = person("0001", mobile());
        request(applicant, "0001", "RETURNED", NIGHT.minus(Duration.ofDays(3)).minusSeconds(60));
        long chat = session(NIGHT.minus(Duration.ofHours(30)));

        sweep.run(NIGHT);

        assertThat(outbox.findByPersonIdOrderByIdAsc(applicant)).singleElement()
                .satisfies(row -> assertThat(row.getNotBefore()).isEqualTo(NEXT_MORNING));
        assertThat(outbox.findByChannelAndChatIdOrderByIdAsc(Channel.TELEGRAM, chat)).singleElement()
                .satisfies(row -> assertThat(row.getNotBefore()).isEqualTo(NEXT_MORNING));

        // The morning's sweep finds the same subjects and periods: nothing more is written.
        sweep.run(NEXT_MORNING.plusSeconds(60));
        assertThat(outbox.findByPersonIdOrderByIdAsc(applicant)).hasSize(1);
        assertThat(outbox.findByChannelAndChatIdOrderByIdAsc(Channel.TELEGRAM, chat)).hasSize(1);
    }

    /** A chat in the middle of a form since {@code lastAnswer}; its chat id is returned. */
    private long session(Instant lastAnswer) {
        long chatId = 9_000_000_000L + Long.parseLong(RandomPeople.digits(9));
        jdbc.update("INSERT INTO conversation_session (channel, chat_id, flow, step, state, updated_at, version)"
                        + " VALUES ('TELEGRAM', ?, 'FORM', 'first_name', '{}', ?, 0)",
                chatId, Timestamp.from(lastAnswer));
        return chatId;
    }

    private static String text(OutboxMessage row) {
        return row.getBody();
    }
}
