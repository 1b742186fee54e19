package ir.kanoonyar.db.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.KanoonStatus;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.request.ReviewLevel;
import ir.kanoonyar.testsupport.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** An approved resignation leaves the kanoon without a manager, from the approval on. */
class ManagerDepartureOnMariaDbTest extends MariaDbTest {

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
    TransactionTemplate tx;

    @Test
    void anApprovedResignationReleasesTheManagerAndRemembersWhoAndWhen() {
        County arak = counties.findByCode("0001").orElseThrow();
        Long provinceId = arak.getProvince().getId();
        Long manager = persons.save(new Person(Instant.now())).getId();
        Mosque mosque = mosques.save(new Mosque("مسجد امام", provinceId, arak.getId(), "اراک", false, Instant.now()));
        Kanoon kanoon = kanoons.save(new Kanoon("کانون امام", mosque.getId(), provinceId, arak.getId(),
                KanoonAudience.BROTHERS, manager, LocalDate.of(2020, 1, 1), Instant.now()));
        Long id = drafts.start(RequestType.RESIGNATION, manager, provinceId, arak.getId()).getId();
        inTx(id, r -> r.concern(kanoon.getId(), mosque.getId()));
        inTx(id, r -> workflow.submit(r, Actor.person(manager, ActorRole.APPLICANT)));
        // Every review step approves (which steps there are is the province's setting, which other tests
        // change): the kanoon keeps its manager until the final approval.
        while (requests.findById(id).orElseThrow().getStatus() != RequestStatus.APPROVED) {
            assertThat(kanoons.findById(kanoon.getId()).orElseThrow().getStatus()).isEqualTo(KanoonStatus.ACTIVE);
            inTx(id, r -> workflow.approve(r, r.getStatus() == RequestStatus.COUNTY_REVIEW ? ReviewLevel.COUNTY
                    : ReviewLevel.PROVINCE, new Actor("reviewer", ActorRole.PROVINCE_STAFF), null));
        }

        Kanoon left = kanoons.findById(kanoon.getId()).orElseThrow();
        assertThat(left.getStatus()).isEqualTo(KanoonStatus.NO_MANAGER);
        assertThat(left.getManagerPersonId()).isNull();
        assertThat(left.getFormerManagerPersonId()).isEqualTo(manager);
        assertThat(left.getManagerLeftAt()).isEqualTo(requests.findById(id).orElseThrow().getDecidedAt());
    }

    private void inTx(Long id, Consumer<Request> action) {
        tx.executeWithoutResult(s -> action.accept(requests.findById(id).orElseThrow()));
    }
}
