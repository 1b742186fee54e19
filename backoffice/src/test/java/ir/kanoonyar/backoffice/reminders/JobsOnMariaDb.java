package ir.kanoonyar.backoffice.reminders;

import static ir.kanoonyar.testsupport.RandomPeople.digits;
import static ir.kanoonyar.testsupport.RandomPeople.nationalCode;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.backoffice.requests.TestStaff;
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
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of the jobs' tests on the real database: one shared context, Quartz not started (each test
 * runs a job's work itself, at an instant it chooses, so the clock is fixed and nothing fires behind
 * its back), helpers that make people, requests, kanoons and staff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "spring.quartz.auto-startup=false")
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class})
public abstract class JobsOnMariaDb {

    private final List<String> staffMade = new ArrayList<>();

    /** Noon in Tehran (08:30 UTC): outside quiet hours. */
    protected static final Instant DAY = Instant.parse("2026-11-27T08:30:00Z");
    /** 23:00 in Tehran: quiet hours, which end at 08:00 Tehran, 04:30 UTC, the next day. */
    protected static final Instant NIGHT = Instant.parse("2026-11-27T19:30:00Z");
    protected static final Instant NEXT_MORNING = Instant.parse("2026-11-28T04:30:00Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected TransactionTemplate tx;
    @Autowired
    protected PersonRepository persons;
    @Autowired
    protected PersonChatRepository chats;
    @Autowired
    protected CountyRepository counties;
    @Autowired
    protected RequestDrafts drafts;
    @Autowired
    protected MosqueRepository mosques;
    @Autowired
    protected KanoonRepository kanoons;
    @Autowired
    protected StaffAccountRepository staff;
    @Autowired
    protected OutboxMessageRepository outbox;

    protected County county(String code) {
        return counties.findByCode(code).orElseThrow();
    }

    /** A registered person of a county with a Telegram chat whose id is returned as the person's. */
    protected long person(String countyCode, String mobile) {
        County county = county(countyCode);
        return tx.execute(s -> {
            Person person = new Person(Instant.now());
            person.register(new Person.Profile(nationalCode(), "زهرا", "کاظمی", mobile, LocalDate.of(1996, 1, 1),
                    Gender.FEMALE, Education.BACHELOR, "اراک", county.getProvince().getId(), county.getId()),
                    Instant.now());
            long id = persons.save(person).getId();
            chats.save(new PersonChat(id, Channel.TELEGRAM, chatIdOf(id), Instant.now()));
            return id;
        });
    }

    protected static long chatIdOf(long personId) {
        return 5_000_000L + personId;
    }

    protected static String mobile() {
        return "0913" + digits(7);
    }

    /** A request of the person, put straight into a status (the workflow is tested elsewhere). */
    protected long request(long personId, String countyCode, String status, Instant updatedAt) {
        County county = county(countyCode);
        long id = drafts.start(RequestType.SERVICE_REQUEST, personId, county.getProvince().getId(), county.getId())
                .getId();
        jdbc.update("UPDATE request SET status = ?, updated_at = ? WHERE id = ?", status, Timestamp.from(updatedAt),
                id);
        return id;
    }

    protected Kanoon kanoon(String countyCode, Long managerId) {
        County county = county(countyCode);
        return tx.execute(s -> {
            Mosque mosque = mosques.save(new Mosque("مسجد " + digits(6), county.getProvince().getId(), county.getId(),
                    county.getName(), false, Instant.now()));
            return kanoons.save(new Kanoon("کانون " + digits(6), mosque.getId(), county.getProvince().getId(),
                    county.getId(), KanoonAudience.SISTERS, managerId, LocalDate.of(2020, 1, 1), Instant.now()));
        });
    }

    /** An enabled staff account of a county, a province or the nation with a linked Telegram chat. */
    protected StaffAccount linkedStaff(String role, String place) {
        String username = role + "-" + digits(8);
        Instant now = Instant.now();
        StaffAccount account = switch (role) {
            case "county" -> {
                County county = county(place);
                yield StaffAccount.county(username, "x", username, county.getProvince().getId(), county.getId(),
                        "test", now);
            }
            case "province" -> StaffAccount.province(username, "x", username,
                    jdbc.queryForObject("SELECT id FROM province WHERE code = ?", Long.class, place), "test", now);
            default -> StaffAccount.national(username, "x", username, "test", now);
        };
        account.linkChat(Channel.TELEGRAM, 7_000_000L + Long.parseLong(digits(8)));
        staffMade.add(username);
        return staff.save(account);
    }

    /** The accounts {@link #linkedStaff} made go again: other classes on this database count theirs. */
    @AfterEach
    void removeTheStaffMade() {
        for (String username : staffMade) {
            jdbc.update("DELETE FROM staff_digest WHERE staff_account_id IN"
                    + " (SELECT id FROM staff_account WHERE username = ?)", username);
            jdbc.update("DELETE FROM staff_account WHERE username = ?", username);
        }
        staffMade.clear();
    }

    /** Outbox rows whose dedup key starts with the prefix. */
    protected List<OutboxMessage> rows(String keyPrefix) {
        return outbox.findAll().stream()
                .filter(m -> m.getDedupKey() != null && m.getDedupKey().startsWith(keyPrefix))
                .toList();
    }
}
