package ir.kanoonyar.db.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.testsupport.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A renewal's checklist is judged on the kanoon's roster and its mosque's area; an establishment on nothing yet. */
class MembersCriterionOnMariaDbTest extends MariaDbTest {

    @Autowired
    MembersCriterion criterion;
    @Autowired
    Roster roster;
    @Autowired
    RequestDrafts drafts;
    @Autowired
    RequestRepository requests;
    @Autowired
    KanoonRepository kanoons;
    @Autowired
    MosqueRepository mosques;
    @Autowired
    PersonRepository persons;
    @Autowired
    CountyRepository counties;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aRenewalCountsTheRosterOfItsKanoonInAVillage() {
        County arak = counties.findByCode("0001").orElseThrow();
        Long provinceId = arak.getProvince().getId();
        Long manager = persons.save(new Person(Instant.now())).getId();
        Mosque mosque = mosques.save(new Mosque("مسجد روستا", provinceId, arak.getId(), "روستا", true, Instant.now()));
        Kanoon kanoon = kanoons.save(new Kanoon("کانون روستا", mosque.getId(), provinceId, arak.getId(),
                KanoonAudience.BROTHERS, manager, LocalDate.of(2020, 1, 1), Instant.now()));
        roster.add(manager, kanoon.getId(), new MemberDetails("علی", "رضایی", Gender.MALE, 1390, MemberRole.MEMBER,
                null, null));
        roster.add(manager, kanoon.getId(), new MemberDetails("حسن", "رضایی", Gender.MALE, 1391, MemberRole.MEMBER,
                null, null));
        Long renewal = drafts.start(RequestType.LICENCE_RENEWAL, manager, provinceId, arak.getId()).getId();
        tx.executeWithoutResult(s -> requests.findById(renewal).orElseThrow().concern(kanoon.getId(), mosque.getId()));
        Long establishment = drafts.start(RequestType.ESTABLISHMENT, manager, provinceId, arak.getId()).getId();

        assertThat(criterion.of(requests.findById(renewal).orElseThrow()))
                .contains(new MembersCriterion.Counted(2, true));
        assertThat(criterion.of(requests.findById(establishment).orElseThrow())).isEmpty();
    }
}
