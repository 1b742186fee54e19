package ir.kanoonyar.db.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

import ir.kanoonyar.db.deputy.Deputies;
import ir.kanoonyar.db.deputy.DeputyRepository;
import ir.kanoonyar.db.deputy.DeputyStatus;
import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.KanoonStatus;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.MobileNumber;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.ConsentRepository;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.Inquiry;
import ir.kanoonyar.db.request.InquiryRepository;
import ir.kanoonyar.db.request.InquiryResult;
import ir.kanoonyar.db.request.InquiryType;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.request.ReviewLevel;
import ir.kanoonyar.testsupport.MariaDbTest;
import ir.kanoonyar.testsupport.RandomPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An approved manager change puts the person it names in charge of the kanoon, also after a resignation
 * left it without a manager, and ends the kanoon's deputy nomination; until the final approval nothing
 * changes.
 */
class ManagerAppointmentOnMariaDbTest extends MariaDbTest {

    @Autowired
    RequestWorkflow workflow;
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
    Deputies deputies;
    @Autowired
    DeputyRepository deputyRows;
    @Autowired
    ConsentRepository consents;
    @Autowired
    InquiryRepository inquiries;
    @Autowired
    TransactionTemplate tx;

    @Test
    void theDeputyNamedInAnApprovedManagerChangeBecomesTheManagerAndIsNoLongerTheDeputy() {
        County arak = counties.findByCode("0001").orElseThrow();
        Person manager = registered(arak, 40);
        Person deputy = registered(arak, 22);
        Kanoon kanoon = kanoonOf(arak, manager);
        deputies.nominate(manager.getId(), kanoon.getId(), deputy.getNationalCode());
        deputies.answer(deputy.getId(), true);
        assertThat(deputies.activeOf(kanoon.getId())).isPresent();

        Long id = fileManagerChange(arak, manager, kanoon, deputy);
        approveEveryStep(id, kanoon, manager);

        Kanoon after = kanoons.findById(kanoon.getId()).orElseThrow();
        assertThat(after.getManagerPersonId()).isEqualTo(deputy.getId());
        assertThat(after.getStatus()).isEqualTo(KanoonStatus.ACTIVE);
        assertThat(after.getManagerSince()).isEqualTo(JalaliDate.of(requests.findById(id).orElseThrow().getDecidedAt(),
                JalaliDate.TEHRAN).toLocalDate());
        assertThat(deputies.openOf(kanoon.getId())).isEmpty();
        assertThat(deputyRows.findByKanoonIdOrderByNamedAtDesc(kanoon.getId())).singleElement()
                .satisfies(row -> assertThat(row.getStatus()).isEqualTo(DeputyStatus.ENDED));
    }

    @Test
    void aKanoonLeftWithoutAManagerIsActiveAgainUnderTheNewOne() {
        County arak = counties.findByCode("0001").orElseThrow();
        Person former = registered(arak, 50);
        Person next = registered(arak, 30);
        Kanoon kanoon = kanoonOf(arak, former);
        tx.executeWithoutResult(s -> kanoons.findById(kanoon.getId()).orElseThrow().releaseManager(Instant.now()));

        Long id = fileManagerChange(arak, next, kanoon, next);
        approveEveryStep(id, kanoon, null);

        Kanoon after = kanoons.findById(kanoon.getId()).orElseThrow();
        assertThat(after.getManagerPersonId()).isEqualTo(next.getId());
        assertThat(after.getStatus()).isEqualTo(KanoonStatus.ACTIVE);
        assertThat(after.getFormerManagerPersonId()).isEqualTo(former.getId());
    }

    /** A manager change naming that person, submitted, its consents signed and its inquiries answered clear. */
    private Long fileManagerChange(County county, Person applicant, Kanoon kanoon, Person newManager) {
        Long id = drafts.start(RequestType.MANAGER_CHANGE, applicant.getId(), county.getProvince().getId(),
                county.getId()).getId();
        tx.executeWithoutResult(s -> {
            Request draft = requests.findById(id).orElseThrow();
            draft.concern(kanoon.getId(), kanoon.getMosqueId());
            draft.answer(FieldKeys.NEW_MANAGER_NATIONAL_CODE, newManager.getNationalCode());
            for (ConsentRole role : workflow.missingConsents(draft, workflow.routeOf(draft))) {
                consents.save(new Consent(id, role, "0912000000" + role.ordinal(), Instant.now()));
            }
            for (InquiryType type : workflow.unclearInquiries(draft)) {
                Inquiry inquiry = new Inquiry(id, type, LocalDate.now(), LocalDate.now().plusDays(14), "expert",
                        Instant.now());
                inquiry.recordAnswer(InquiryResult.CLEAR, LocalDate.now(), "ref-" + type, null, null);
                inquiries.save(inquiry);
            }
        });
        inTx(id, r -> workflow.submit(r, Actor.person(applicant.getId(), ActorRole.APPLICANT)));
        for (Long consentId : consents.findByRequestId(id).stream().map(Consent::getId).toList()) {
            Long signer = persons.save(new Person(Instant.now())).getId();
            inTx(id, r -> workflow.recordConsent(r, consents.findById(consentId).orElseThrow(), true, signer, null));
        }
        return id;
    }

    /** Every review step approves; the kanoon keeps the manager it had until the last. */
    private void approveEveryStep(Long id, Kanoon kanoon, Person managerUntilThen) {
        while (requests.findById(id).orElseThrow().getStatus() != RequestStatus.APPROVED) {
            assertThat(kanoons.findById(kanoon.getId()).orElseThrow().getManagerPersonId())
                    .isEqualTo(managerUntilThen == null ? null : managerUntilThen.getId());
            inTx(id, r -> workflow.approve(r, r.getStatus() == RequestStatus.COUNTY_REVIEW ? ReviewLevel.COUNTY
                    : ReviewLevel.PROVINCE, new Actor("reviewer", ActorRole.PROVINCE_STAFF), null));
        }
    }

    private Person registered(County county, int age) {
        String code = RandomPeople.nationalCode();
        Person person = new Person(Instant.now());
        person.register(new Person.Profile(code, "نام", "آزمون", MobileNumber.parse("09" + code.substring(1)).value(),
                LocalDate.now().minusYears(age).minusDays(10), Gender.FEMALE, Education.DIPLOMA, "اراک",
                county.getProvince().getId(), county.getId()), Instant.now());
        return persons.save(person);
    }

    private Kanoon kanoonOf(County county, Person manager) {
        Mosque mosque = mosques.save(new Mosque("مسجد آزمون", county.getProvince().getId(), county.getId(), "اراک",
                false, Instant.now()));
        return kanoons.save(new Kanoon("کانون آزمون", mosque.getId(), county.getProvince().getId(), county.getId(),
                KanoonAudience.SISTERS, manager.getId(), LocalDate.now(), Instant.now()));
    }

    private void inTx(Long id, Consumer<Request> action) {
        tx.executeWithoutResult(s -> action.accept(requests.findById(id).orElseThrow()));
    }
}
