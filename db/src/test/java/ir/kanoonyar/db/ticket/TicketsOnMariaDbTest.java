package ir.kanoonyar.db.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.testsupport.MariaDbTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tickets on the real database: routing, the thread, the states, delivery through the outbox, the region. */
class TicketsOnMariaDbTest extends MariaDbTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    TicketWork work;
    @Autowired
    TicketMessageRepository messages;
    @Autowired
    PersonRepository persons;
    @Autowired
    PersonChatRepository chats;
    @Autowired
    CountyRepository counties;
    @Autowired
    KanoonRepository kanoons;
    @Autowired
    MosqueRepository mosques;
    @Autowired
    StaffAccountRepository staffAccounts;
    @Autowired
    OutboxMessageRepository outbox;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    private County arak;
    private County saveh;
    private County isfahan;
    private TicketStaff arakStaff;

    @BeforeEach
    void setUp() {
        arak = counties.findByCode("0001").orElseThrow();
        saveh = counties.findAll().stream().filter(c -> c.getProvince().getId().equals(arak.getProvince().getId())
                && !c.getId().equals(arak.getId())).findFirst().orElseThrow();
        isfahan = counties.findAll().stream().filter(c -> !c.getProvince().getId().equals(arak.getProvince().getId()))
                .findFirst().orElseThrow();
        arakStaff = staff(StaffRole.COUNTY_STAFF, arak);
    }

    /** Other tests expect no pending outbox rows. */
    @AfterEach
    void dropNotices() {
        jdbc.update("DELETE FROM outbox_message WHERE kind LIKE 'TICKET%'");
    }

    @Test
    void aTicketGoesToTheCountyOfThePersonsKanoonElseOfTheirRegistration() {
        Person registeredInSaveh = registered(saveh);
        assertThat(desk.open(registeredInSaveh.getId(), TicketCategory.OTHER, "سلام").getCountyId())
                .isEqualTo(saveh.getId());

        Person managerInArak = registered(saveh);
        Mosque mosque = mosques.save(new Mosque("مسجد", arak.getProvince().getId(), arak.getId(), "اراک", false,
                Instant.now()));
        kanoons.save(new Kanoon("کانون ریحانه", mosque.getId(), arak.getProvince().getId(), arak.getId(),
                KanoonAudience.values()[0], managerInArak.getId(), LocalDate.now(), Instant.now()));
        Ticket ticket = desk.open(managerInArak.getId(), TicketCategory.EQUIPMENT, "نیاز به  بلندگو داریم");
        assertThat(ticket.getCountyId()).isEqualTo(arak.getId());
        assertThat(ticket.getProvinceId()).isEqualTo(arak.getProvince().getId());
        assertThat(ticket.getLevel()).isEqualTo(TicketLevel.COUNTY);
        assertThat(ticket.getState()).isEqualTo(TicketState.OPEN);
        assertThat(messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId()))
                .extracting(TicketMessage::getBody).containsExactly("نیاز به بلندگو داریم");

        Person unregistered = persons.save(new Person(Instant.now()));
        assertThatThrownBy(() -> desk.open(unregistered.getId(), TicketCategory.OTHER, "سلام"))
                .isInstanceOf(TicketRefused.class).extracting("refusal").isEqualTo(TicketRefusal.NO_REGION);
    }

    @Test
    void anAnswerGoesOutThroughTheOutboxTheReplyComesBackAndANoteIsNeverSent() {
        Person person = registered(arak);
        chats.save(new PersonChat(person.getId(), Channel.TELEGRAM, person.getId() + 7_000_000L, Instant.now()));
        Ticket ticket = desk.open(person.getId(), TicketCategory.BOT_HELP, "چطور درخواست بدهم؟");
        String id = ticket.getId().toString();

        TicketMessage note = work.note(arakStaff, id, "به نظرم راهنما کافی است");
        TicketMessage answer = work.answer(arakStaff, id, "از منو «درخواست جدید» را بزنید.");

        assertThat(note.getOutboxMessageId()).isNull();
        OutboxMessage sent = outbox.findById(answer.getOutboxMessageId()).orElseThrow();
        assertThat(sent.getPersonId()).isEqualTo(person.getId());
        assertThat(sent.getBody()).contains("از منو «درخواست جدید» را بزنید.")
                .contains(TicketButtons.text(TicketButtons.Action.REPLY, ticket.getId()))
                .doesNotContain("راهنما کافی");
        Ticket answered = work.inScope(arakStaff, id);
        assertThat(answered.getState()).isEqualTo(TicketState.WAITING_FOR_PERSON);
        assertThat(answered.getFirstResponseAt()).isNotNull();
        assertThat(answered.getAssignedStaffId()).isEqualTo(arakStaff.accountId());

        assertThat(desk.write(person.getId(), ticket.getId(), TicketMessageKind.TEXT, "ممنون، انجام شد", null))
                .isEqualTo(TicketDesk.Added.ADDED);
        assertThat(work.inScope(arakStaff, id).getState()).isEqualTo(TicketState.WAITING_FOR_STAFF);
        assertThat(desk.thread(person.getId(), ticket.getId())).extracting(TicketMessage::getBody)
                .containsExactly("چطور درخواست بدهم؟", "از منو «درخواست جدید» را بزنید.", "ممنون، انجام شد");

        work.resolve(arakStaff, id);
        assertThat(desk.rate(person.getId(), ticket.getId(), 5).getRating()).isEqualTo(5);
        assertThatThrownBy(() -> desk.rate(person.getId(), ticket.getId(), 4))
                .extracting("refusal").isEqualTo(TicketRefusal.CANNOT_RATE);
        assertThat(desk.comment(person.getId(), ticket.getId(), "عالی").getRatingComment()).isEqualTo("عالی");
        // Reopened within the window by writing again.
        assertThat(desk.write(person.getId(), ticket.getId(), TicketMessageKind.TEXT, "یک سؤال دیگر", null))
                .isEqualTo(TicketDesk.Added.REOPENED);
        assertThat(work.inScope(arakStaff, id).getState()).isEqualTo(TicketState.WAITING_FOR_STAFF);
    }

    @Test
    void aRatingOutsideOneToFiveAndAnEmptyAnswerAreRefused() {
        Person person = registered(arak);
        Ticket ticket = desk.open(person.getId(), TicketCategory.OTHER, "سؤال");
        assertThatThrownBy(() -> work.answer(arakStaff, ticket.getId().toString(), "  \u200c "))
                .extracting("refusal").isEqualTo(TicketRefusal.EMPTY_TEXT);
        work.resolve(arakStaff, ticket.getId().toString());
        assertThatThrownBy(() -> desk.rate(person.getId(), ticket.getId(), 6))
                .extracting("refusal").isEqualTo(TicketRefusal.RATING_OUT_OF_RANGE);
        assertThatThrownBy(() -> desk.rate(person.getId(), ticket.getId(), 0))
                .extracting("refusal").isEqualTo(TicketRefusal.RATING_OUT_OF_RANGE);
        assertThatThrownBy(() -> work.resolve(arakStaff, ticket.getId().toString()))
                .extracting("refusal").isEqualTo(TicketRefusal.WRONG_STATE);
    }

    @Test
    void anotherRegionsTicketOrAnotherPersonsIsNotFound() {
        Person person = registered(arak);
        Ticket ticket = desk.open(person.getId(), TicketCategory.OTHER, "سؤال");
        String id = ticket.getId().toString();
        TicketStaff savehStaff = staff(StaffRole.COUNTY_STAFF, saveh);
        TicketStaff isfahanProvince = staff(StaffRole.PROVINCE_STAFF, isfahan);
        TicketStaff markaziProvince = staff(StaffRole.PROVINCE_STAFF, arak);

        for (TicketStaff outsider : List.of(savehStaff, isfahanProvince)) {
            assertThatThrownBy(() -> work.answer(outsider, id, "پاسخ")).extracting("refusal")
                    .isEqualTo(TicketRefusal.NOT_FOUND);
            assertThatThrownBy(() -> work.inScope(outsider, id)).extracting("refusal")
                    .isEqualTo(TicketRefusal.NOT_FOUND);
        }
        assertThatThrownBy(() -> work.inScope(arakStaff, "12abc")).extracting("refusal")
                .isEqualTo(TicketRefusal.NOT_FOUND);
        Person stranger = registered(arak);
        assertThatThrownBy(() -> desk.write(stranger.getId(), ticket.getId(), TicketMessageKind.TEXT, "x", null))
                .extracting("refusal").isEqualTo(TicketRefusal.NOT_FOUND);
        assertThat(messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())).hasSize(1);

        // Passing: to the province, then to a colleague of the province; not to an outsider.
        assertThat(work.passToProvince(arakStaff, id).getLevel()).isEqualTo(TicketLevel.PROVINCE);
        assertThatThrownBy(() -> work.passTo(markaziProvince, id, savehStaff.accountId().toString()))
                .extracting("refusal").isEqualTo(TicketRefusal.BAD_COLLEAGUE);
        TicketStaff colleague = staff(StaffRole.PROVINCE_STAFF, arak);
        assertThat(work.passTo(markaziProvince, id, colleague.accountId().toString()).getAssignedStaffId())
                .isEqualTo(colleague.accountId());
    }

    private TicketStaff staff(StaffRole role, County county) {
        String name = "t-" + role.name().toLowerCase() + "-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        StaffAccount account = switch (role) {
            case COUNTY_STAFF -> StaffAccount.county(name, "x", name, county.getProvince().getId(), county.getId(),
                    "test", Instant.now());
            case PROVINCE_STAFF -> StaffAccount.province(name, "x", name, county.getProvince().getId(), "test",
                    Instant.now());
            case NATIONAL_ADMIN -> StaffAccount.national(name, "x", name, "test", Instant.now());
        };
        return TicketWork.asStaff(staffAccounts.save(account));
    }

    private Person registered(County county) {
        Person person = new Person(Instant.now());
        person.register(new Person.Profile(nationalCode(), "زهرا", "احمدی", null, LocalDate.of(1995, 1, 1),
                Gender.values()[0], Education.DIPLOMA, "اراک", county.getProvince().getId(), county.getId()),
                clock.instant());
        return persons.save(person);
    }

    static String nationalCode() {
        int[] d = new int[10];
        int s = 0;
        for (int i = 0; i < 9; i++) {
            d[i] = ThreadLocalRandom.current().nextInt(10);
            s += d[i] * (10 - i);
        }
        int r = s % 11;
        d[9] = r < 2 ? r : 11 - r;
        StringBuilder code = new StringBuilder();
        for (int digit : d) {
            code.append(digit);
        }
        return code.toString();
    }
}
