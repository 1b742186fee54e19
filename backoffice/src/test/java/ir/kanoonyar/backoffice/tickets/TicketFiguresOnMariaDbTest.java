package ir.kanoonyar.backoffice.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ticket figures counted by MariaDB for a small set of tickets whose figures are worked out by hand
 * below: counts per category and region, the nearest-rank median and 90th percentile of first-response
 * and resolution hours, ratings and knowledge-base hits, each in the staff member's region only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@Import(CleanSchemaFirst.class)
class TicketFiguresOnMariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    private static final Instant ASKED = Instant.parse("2026-03-01T08:00:00Z");

    @Autowired
    TicketFigures figures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonRepository persons;
    @Autowired
    CountyRepository counties;
    @Autowired
    ProvinceRepository provinces;

    private County arak;
    private County saveh;
    private County tehran;

    @BeforeEach
    void sevenTickets() {
        jdbc.update("DELETE FROM ticket_message");
        jdbc.update("DELETE FROM ticket");
        jdbc.update("DELETE FROM kb_answer");
        arak = counties.findByCode("0001").orElseThrow();
        saveh = counties.findByCode("0006").orElseThrow();
        tehran = counties.findByCode("2301").orElseThrow();
        Person person = new Person(Instant.now());
        person.register(new Person.Profile(null, "مریم", "آماری", null, LocalDate.of(1995, 1, 1), Gender.FEMALE,
                Education.DIPLOMA, "اراک", arak.getProvince().getId(), arak.getId()), Instant.now());
        long p = persons.save(person).getId();
        // Arak, funding: first answers after 1, 2, 3, 4 and 10 hours; two resolved after 5 and 20 hours,
        // rated 5 and 3; one still waits for staff.
        ticket(p, arak, "FUNDING", "WAITING_FOR_PERSON", 1.0, null, null);
        ticket(p, arak, "FUNDING", "RESOLVED", 2.0, 5.0, 5);
        ticket(p, arak, "FUNDING", "RESOLVED", 3.0, 20.0, 3);
        ticket(p, arak, "FUNDING", "WAITING_FOR_STAFF", 4.0, null, null);
        ticket(p, arak, "FUNDING", "WAITING_FOR_PERSON", 10.0, null, null);
        // Saveh, equipment: answered after 6 hours, the person wrote again.
        ticket(p, saveh, "EQUIPMENT", "WAITING_FOR_STAFF", 6.0, null, null);
        // Tehran, funding: answered after 100 hours, resolved after 200, rated 1.
        ticket(p, tehran, "FUNDING", "RESOLVED", 100.0, 200.0, 1);
        // Arak, funding, asked just now: counted and open, no times.
        ticket(p, arak, "FUNDING", "OPEN", null, null, null);
        jdbc.update("INSERT INTO kb_answer (province_id, title, body, tags, offered, opened, created_by, created_at,"
                + " updated_at) VALUES (NULL, 'ملی', 'متن', '', 10, 4, 't', NOW(), NOW()), (?, 'مرکزی', 'متن', '', 3,"
                + " 2, 't', NOW(), NOW()), (?, 'تهران', 'متن', '', 7, 7, 't', NOW(), NOW())",
                arak.getProvince().getId(), tehran.getProvince().getId());
    }

    @Test
    void provinceStaffGetTheirProvincesFiguresByCategoryAndCounty() {
        TicketFigures.Figures f = figures.of(province(arak), c -> c.name());
        TicketFigures.Line funding = line(f, "FUNDING");
        // Six funding tickets; first answers 1, 2, 3, 4, 10 h: median the 3rd, p90 the 5th (⌈0.9·5⌉).
        assertThat(funding).isEqualTo(new TicketFigures.Line("FUNDING", 6, 2, 3.0, 10.0, 5.0, 20.0, 2, 4.0));
        assertThat(line(f, "EQUIPMENT")).isEqualTo(new TicketFigures.Line("EQUIPMENT", 1, 1, 6.0, 6.0, null, null,
                0, null));
        assertThat(line(f, "TRAINING").tickets()).isZero();
        assertThat(f.byRegion()).extracting(TicketFigures.Line::label, TicketFigures.Line::tickets)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(arak.getName(), 6L),
                        org.assertj.core.groups.Tuple.tuple(saveh.getName(), 1L));
        // All seven of the province: 1, 2, 3, 4, 6, 10 h → median the 3rd (3 h), p90 the 6th (10 h).
        assertThat(f.total()).isEqualTo(new TicketFigures.Line("", 7, 3, 3.0, 10.0, 5.0, 20.0, 2, 4.0));
        // National answers and the province's, not Tehran's.
        assertThat(f.kbOffered()).isEqualTo(13);
        assertThat(f.kbOpened()).isEqualTo(6);
    }

    @Test
    void countyStaffSeeTheirCountyAndTheNationalAdminEveryProvince() {
        TicketFigures.Figures county = figures.of(new StaffScope(1L, "c", "c", StaffRole.COUNTY_STAFF,
                arak.getProvince().getId(), arak.getId()), c -> c.name());
        assertThat(county.total()).isEqualTo(new TicketFigures.Line("", 6, 2, 3.0, 10.0, 5.0, 20.0, 2, 4.0));
        assertThat(county.byRegion()).extracting(TicketFigures.Line::label).containsExactly(arak.getName());

        TicketFigures.Figures national = figures.of(new StaffScope(1L, "n", "n", StaffRole.NATIONAL_ADMIN, null,
                null), c -> c.name());
        // Eight tickets, seven answered: 1, 2, 3, 4, 6, 10, 100 h → median the 4th (4 h), p90 the 7th (100 h);
        // resolved 5, 20, 200 h → median the 2nd, p90 the 3rd; ratings 5, 3, 1.
        assertThat(national.total()).isEqualTo(new TicketFigures.Line("", 8, 3, 4.0, 100.0, 20.0, 200.0, 3, 3.0));
        assertThat(national.byRegion()).extracting(TicketFigures.Line::label, TicketFigures.Line::tickets)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(provinceName(arak), 7L),
                        org.assertj.core.groups.Tuple.tuple(provinceName(tehran), 1L));
        assertThat(national.kbOffered()).isEqualTo(20);

        TicketFigures.Figures otherProvince = figures.of(province(tehran), c -> c.name());
        assertThat(otherProvince.total()).isEqualTo(new TicketFigures.Line("", 1, 0, 100.0, 100.0, 200.0, 200.0, 1,
                1.0));
        assertThat(otherProvince.byRegion()).extracting(TicketFigures.Line::label).containsExactly(tehran.getName());
    }

    private String provinceName(County county) {
        return provinces.findById(county.getProvince().getId()).orElseThrow().getName();
    }

    private static StaffScope province(County county) {
        return new StaffScope(1L, "p", "p", StaffRole.PROVINCE_STAFF, county.getProvince().getId(), null);
    }

    private static TicketFigures.Line line(TicketFigures.Figures f, String label) {
        return f.byCategory().stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow();
    }

    private void ticket(long person, County county, String category, String state, Double answeredAfterHours,
                        Double resolvedAfterHours, Integer rating) {
        jdbc.update("INSERT INTO ticket (person_id, province_id, county_id, category, state, level, subject,"
                        + " created_at, waiting_since, first_response_at, resolved_at, rating) VALUES"
                        + " (?, ?, ?, ?, ?, 'COUNTY', 'پرسش', ?, ?, ?, ?, ?)",
                person, county.getProvince().getId(), county.getId(), category, state, Timestamp.from(ASKED),
                Timestamp.from(ASKED), after(answeredAfterHours), after(resolvedAfterHours), rating);
    }

    private static Timestamp after(Double hours) {
        return hours == null ? null : Timestamp.from(ASKED.plus(Duration.ofMinutes(Math.round(hours * 60))));
    }
}
