package ir.kanoonyar.db.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.MobileNumber;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.testsupport.MariaDbTest;
import ir.kanoonyar.testsupport.RandomPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deputy's rules on MariaDB: who may be named (registered, younger than the setting, not the
 * manager, managing no kanoon, no other kanoon's deputy), by national code or mobile in any digits;
 * only the kanoon's manager names or removes, whatever id is asked; the answer, checked again on
 * accept; and the history kept, with at most one open nomination per kanoon and per person.
 */
class DeputiesOnMariaDbTest extends MariaDbTest {

    @Autowired
    Deputies deputies;
    @Autowired
    DeputyRepository rows;
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

    private County arak;
    private Person manager;
    private Kanoon kanoon;

    @BeforeEach
    void aKanoonAndItsManager() {
        arak = counties.findByCode("0001").orElseThrow();
        manager = registered(35);
        kanoon = kanoonOf(manager);
    }

    @Test
    void aRegisteredYoungPersonIsInvitedAcceptsAndIsTheDeputyTheHistoryStays() {
        Person young = registered(22);

        DeputyOutcome named = deputies.nominate(manager.getId(), kanoon.getId(), persian(young.getNationalCode()));

        assertThat(named).isInstanceOf(DeputyOutcome.Done.class);
        assertThat(deputies.invitationOf(young.getId())).isPresent();
        assertThat(deputies.activeOf(kanoon.getId())).isEmpty();
        // Nobody else can be named while the invitation waits.
        assertThat(refusal(deputies.nominate(manager.getId(), kanoon.getId(), registered(20).getNationalCode())))
                .isEqualTo(DeputyRefusal.KANOON_HAS_DEPUTY);

        DeputyOutcome accepted = deputies.answer(young.getId(), true);
        assertThat(((DeputyOutcome.Done) accepted).deputy().getStatus()).isEqualTo(DeputyStatus.ACTIVE);
        assertThat(deputies.activeOf(kanoon.getId()).orElseThrow().getPersonId()).isEqualTo(young.getId());
        assertThat(refusal(deputies.answer(young.getId(), false))).isEqualTo(DeputyRefusal.NO_INVITATION);

        // Removed, then another named: both rows stay as the kanoon's history.
        assertThat(deputies.remove(manager.getId(), kanoon.getId())).isInstanceOf(DeputyOutcome.Done.class);
        assertThat(deputies.openOf(kanoon.getId())).isEmpty();
        Person next = registered(19);
        deputies.nominate(manager.getId(), kanoon.getId(), next.getMobile());
        assertThat(deputies.answer(next.getId(), false)).isInstanceOf(DeputyOutcome.Done.class);
        assertThat(rows.findByKanoonIdOrderByNamedAtDesc(kanoon.getId())).extracting(Deputy::getStatus)
                .containsExactly(DeputyStatus.DECLINED, DeputyStatus.REMOVED);
    }

    @Test
    void everyRefusalHasItsReason() {
        Person old = registered(30);
        Person otherManager = registered(25);
        kanoonOf(otherManager);
        Person deputyElsewhere = registered(21);
        Person anotherManager = registered(40);
        Kanoon another = kanoonOf(anotherManager);
        deputies.nominate(anotherManager.getId(), another.getId(), deputyElsewhere.getNationalCode());

        assertThat(refusal(deputies.nominate(manager.getId(), kanoon.getId(), "سلام"))).isEqualTo(
                DeputyRefusal.NOT_A_CODE_OR_PHONE);
        assertThat(refusal(deputies.nominate(manager.getId(), kanoon.getId(), RandomPeople.nationalCode())))
                .isEqualTo(DeputyRefusal.UNREGISTERED);
        assertThat(refusal(deputies.nominate(manager.getId(), kanoon.getId(), "09" + RandomPeople.digits(9))))
                .isEqualTo(DeputyRefusal.UNREGISTERED);
        assertThat(refusal(deputies.nominate(manager.getId(), kanoon.getId(), manager.getNationalCode())))
                .isEqualTo(DeputyRefusal.IS_THE_MANAGER);
        assertThat(refusal(deputies.nominate(manager.getId(), kanoon.getId(), old.getNationalCode())))
                .isEqualTo(DeputyRefusal.TOO_OLD);
        assertThat(refusal(deputies.nominate(manager.getId(), kanoon.getId(), otherManager.getNationalCode())))
                .isEqualTo(DeputyRefusal.ALREADY_MANAGING);
        assertThat(refusal(deputies.nominate(manager.getId(), kanoon.getId(), deputyElsewhere.getNationalCode())))
                .isEqualTo(DeputyRefusal.ALREADY_DEPUTY);
        assertThat(refusal(deputies.remove(manager.getId(), kanoon.getId()))).isEqualTo(DeputyRefusal.NO_DEPUTY);
        assertThat(rows.findByKanoonIdOrderByNamedAtDesc(kanoon.getId())).isEmpty();
    }

    @Test
    void onlyTheKanoonsManagerNamesOrRemovesWhateverIdIsAsked() {
        Person young = registered(22);
        Person stranger = registered(28);
        Kanoon strangers = kanoonOf(stranger);

        assertThat(refusal(deputies.nominate(stranger.getId(), kanoon.getId(), young.getNationalCode())))
                .isEqualTo(DeputyRefusal.NOT_YOUR_KANOON);
        assertThat(refusal(deputies.nominate(manager.getId(), strangers.getId(), young.getNationalCode())))
                .isEqualTo(DeputyRefusal.NOT_YOUR_KANOON);
        assertThat(refusal(deputies.nominate(manager.getId(), Long.MAX_VALUE, young.getNationalCode())))
                .isEqualTo(DeputyRefusal.NOT_YOUR_KANOON);
        deputies.nominate(manager.getId(), kanoon.getId(), young.getNationalCode());
        assertThat(refusal(deputies.remove(stranger.getId(), kanoon.getId()))).isEqualTo(DeputyRefusal.NOT_YOUR_KANOON);
        assertThat(deputies.openOf(kanoon.getId())).isPresent();
    }

    @Test
    void anAcceptIsCheckedAgainAndLapsesWhenTheNamedPersonNoLongerQualifies() {
        Person young = registered(22);
        deputies.nominate(manager.getId(), kanoon.getId(), young.getNationalCode());
        // Meanwhile the person became a kanoon's manager.
        kanoonOf(young);

        assertThat(refusal(deputies.answer(young.getId(), true))).isEqualTo(DeputyRefusal.ALREADY_MANAGING);
        assertThat(deputies.openOf(kanoon.getId())).isEmpty();
        assertThat(rows.findByKanoonIdOrderByNamedAtDesc(kanoon.getId())).extracting(Deputy::getStatus)
                .containsExactly(DeputyStatus.ENDED);
    }

    @Test
    void theDatabaseKeepsOneOpenNominationPerKanoonEvenIfTheChecksAreRaced() {
        Person first = registered(22);
        Person second = registered(23);
        deputies.nominate(manager.getId(), kanoon.getId(), first.getNationalCode());

        assertThatThrownBy(() -> tx.executeWithoutResult(s ->
                        rows.saveAndFlush(new Deputy(kanoon.getId(), second.getId(), manager.getId(), Instant.now()))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static DeputyRefusal refusal(DeputyOutcome outcome) {
        assertThat(outcome).isInstanceOf(DeputyOutcome.Refused.class);
        return ((DeputyOutcome.Refused) outcome).refusal();
    }

    private Person registered(int age) {
        String code = RandomPeople.nationalCode();
        String mobile = "09" + code.substring(1);
        Person person = new Person(Instant.now());
        person.register(new Person.Profile(code, "نام", "آزمون", MobileNumber.parse(mobile).value(),
                LocalDate.now().minusYears(age).minusDays(10), Gender.FEMALE, Education.DIPLOMA, "اراک",
                arak.getProvince().getId(), arak.getId()), Instant.now());
        return persons.save(person);
    }

    private Kanoon kanoonOf(Person person) {
        Mosque mosque = mosques.save(new Mosque("مسجد آزمون", arak.getProvince().getId(), arak.getId(), "اراک", false,
                Instant.now()));
        return kanoons.save(new Kanoon("کانون آزمون", mosque.getId(), arak.getProvince().getId(), arak.getId(),
                KanoonAudience.SISTERS, person.getId(), LocalDate.now(), Instant.now()));
    }

    private static String persian(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append((char) ('۰' + (c - '0')));
        }
        return out.toString();
    }
}
