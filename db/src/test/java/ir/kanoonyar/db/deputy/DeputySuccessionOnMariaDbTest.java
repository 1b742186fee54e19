package ir.kanoonyar.db.deputy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.ConsentRepository;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.testsupport.MariaDbTest;
import ir.kanoonyar.testsupport.RandomPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deputy's fast track on MariaDB: a manager with a deputy who accepted files a resignation; the
 * county is offered the deputy, and taking the offer files a manager change for the kanoon with the
 * deputy as new manager and applicant, the reason naming their acceptance, the imam asked with the
 * founding number, submitted at once; the deputy is told; a second take is refused; a kanoon without
 * a deputy, or a request that is no departure, has no offer.
 */
class DeputySuccessionOnMariaDbTest extends MariaDbTest {

    @Autowired
    DeputySuccession succession;
    @Autowired
    Deputies deputies;
    @Autowired
    RequestDrafts drafts;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestRepository requests;
    @Autowired
    ConsentRepository consents;
    @Autowired
    KanoonRepository kanoons;
    @Autowired
    MosqueRepository mosques;
    @Autowired
    PersonRepository persons;
    @Autowired
    PersonChatRepository chats;
    @Autowired
    CountyRepository counties;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aResignationOffersTheDeputyAndTakingItFilesTheManagerChangeInOneStep() {
        County arak = counties.findByCode("0001").orElseThrow();
        Person manager = registered(arak, 40);
        Person deputy = registered(arak, 24);
        chats.save(new PersonChat(deputy.getId(), Channel.TELEGRAM, 600_000_000L + deputy.getId(), Instant.now()));
        Kanoon kanoon = kanoonOf(arak, manager);
        // The kanoon was founded with the imam's number in its establishment request.
        Long founding = drafts.start(RequestType.ESTABLISHMENT, manager.getId(), arak.getProvince().getId(),
                arak.getId()).getId();
        inTx(founding, r -> {
            r.concern(kanoon.getId(), kanoon.getMosqueId());
            r.answer(FieldKeys.IMAM_MOBILE, "09121112233");
        });
        Long resignation = drafts.start(RequestType.RESIGNATION, manager.getId(), arak.getProvince().getId(),
                arak.getId()).getId();
        inTx(resignation, r -> r.concern(kanoon.getId(), kanoon.getMosqueId()));
        inTx(resignation, r -> workflow.submit(r, Actor.person(manager.getId(), ActorRole.APPLICANT)));

        // No deputy yet: no offer.
        assertThat(succession.offerFor(requests.findById(resignation).orElseThrow())).isEmpty();
        deputies.nominate(manager.getId(), kanoon.getId(), deputy.getNationalCode());
        assertThat(succession.offerFor(requests.findById(resignation).orElseThrow()))
                .as("invited, not yet accepted").isEmpty();
        deputies.answer(deputy.getId(), true);
        SuccessionOffer offer = succession.offerFor(requests.findById(resignation).orElseThrow()).orElseThrow();
        assertThat(offer.deputyPersonId()).isEqualTo(deputy.getId());
        assertThat(offer.isProposed()).isFalse();
        // The founding request itself is no departure.
        assertThat(succession.offerFor(requests.findById(founding).orElseThrow())).isEmpty();

        DeputySuccession.Outcome outcome = tx.execute(s ->
                succession.propose(requests.findById(resignation).orElseThrow()));
        Request change = ((DeputySuccession.Outcome.Proposed) outcome).request();

        Request filed = requests.findById(change.getId()).orElseThrow();
        assertThat(filed.getType()).isEqualTo(RequestType.MANAGER_CHANGE);
        assertThat(filed.getApplicantPersonId()).isEqualTo(deputy.getId());
        assertThat(filed.getKanoonId()).isEqualTo(kanoon.getId());
        Map<String, String> answers = tx.execute(s -> requests.findById(change.getId()).orElseThrow().getAnswers());
        assertThat(answers).containsEntry(FieldKeys.KANOON, kanoon.getId().toString())
                .containsEntry(FieldKeys.NEW_MANAGER_NATIONAL_CODE, deputy.getNationalCode())
                .containsEntry(FieldKeys.IMAM_MOBILE, "09121112233");
        assertThat(answers.get(FieldKeys.REASON)).contains("جانشین", "استعفای",
                "در بات پذیرفته است");
        assertThat(filed.getStatus()).isEqualTo(RequestStatus.AWAITING_CONSENTS);
        assertThat(consents.findByRequestId(filed.getId())).singleElement()
                .satisfies(c -> assertThat(c.getRole()).isEqualTo(ConsentRole.IMAM));
        assertThat(jdbc.queryForObject("SELECT body FROM outbox_message WHERE person_id = ? AND kind = ?",
                String.class, deputy.getId(), DeputySuccession.KIND)).contains("کانون آزمون جانشین");

        SuccessionOffer after = succession.offerFor(requests.findById(resignation).orElseThrow()).orElseThrow();
        assertThat(after.proposedRequestId()).isEqualTo(filed.getId());
        DeputySuccession.Outcome again = tx.execute(s -> succession.propose(requests.findById(resignation).orElseThrow()));
        assertThat((Object) again).isEqualTo(new DeputySuccession.Outcome.Refused(DeputySuccession.Refusal.ALREADY_PROPOSED));
    }

    private void inTx(Long id, Consumer<Request> action) {
        tx.executeWithoutResult(s -> action.accept(requests.findById(id).orElseThrow()));
    }

    private Person registered(County county, int age) {
        String code = RandomPeople.nationalCode();
        Person person = new Person(Instant.now());
        person.register(new Person.Profile(code, "نام", "آزمون", "09" + code.substring(1),
                LocalDate.now().minusYears(age).minusDays(10), Gender.FEMALE, Education.DIPLOMA, "اراک",
                county.getProvince().getId(), county.getId()), Instant.now());
        return persons.save(person);
    }

    private Kanoon kanoonOf(County county, Person manager) {
        Mosque mosque = mosques.save(new Mosque("مسجد آزمون", county.getProvince().getId(), county.getId(), "اراک",
                false, Instant.now()));
        return kanoons.save(new Kanoon("کانون آزمون جانشین", mosque.getId(), county.getProvince().getId(),
                county.getId(), KanoonAudience.SISTERS, manager.getId(), LocalDate.now(), Instant.now()));
    }
}
