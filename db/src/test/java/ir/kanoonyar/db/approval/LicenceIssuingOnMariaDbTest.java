package ir.kanoonyar.db.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.KanoonStatus;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.kanoon.LicenceStatus;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.LicenceNumber;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Establishments;
import ir.kanoonyar.db.request.IllegalTransitionException;
import ir.kanoonyar.db.request.Inquiry;
import ir.kanoonyar.db.request.InquiryRepository;
import ir.kanoonyar.db.request.InquiryRequirement;
import ir.kanoonyar.db.request.InquiryRequirementRepository;
import ir.kanoonyar.db.request.InquiryResult;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.request.ReviewLevel;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.ConsentRepository;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.testsupport.MariaDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** An approved establishment becomes a mosque, a kanoon and its licence, in the approval's transaction. */
class LicenceIssuingOnMariaDbTest extends MariaDbTest {

    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestDrafts drafts;
    @Autowired
    RequestRepository requests;
    @Autowired
    ConsentRepository consents;
    @Autowired
    InquiryRepository inquiries;
    @Autowired
    InquiryRequirementRepository inquiryRequirements;
    @Autowired
    LicenceIssuing issuing;
    @Autowired
    LicenceRepository licences;
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
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private County arak;
    private String markazi;
    private Long applicantId;
    private final Actor county = new Actor("county-expert", ActorRole.COUNTY_STAFF);
    private final Actor province = new Actor("province-expert", ActorRole.PROVINCE_STAFF);

    @BeforeEach
    void setUp() {
        arak = counties.findByCode("0001").orElseThrow();
        markazi = jdbc.queryForObject("SELECT code FROM province WHERE id = ?", String.class,
                arak.getProvince().getId());
        applicantId = persons.save(new Person(Instant.now())).getId();
    }

    @Test
    void approvingAnEstablishmentCreatesTheMosqueTheKanoonAndItsLicence() {
        Long id = atProvinceReview();
        inTx(id, r -> workflow.approve(r, ReviewLevel.PROVINCE, province, "تأیید شد"));

        Request approved = requests.findById(id).orElseThrow();
        assertThat(approved.getStatus()).isEqualTo(RequestStatus.APPROVED);
        Licence licence = licences.findFirstByRequestIdOrderByIdAsc(id).orElseThrow();
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        // The province, the year, then a random part with its check digit: not the row's id.
        assertThat(licence.getNumber()).matches(markazi + "-" + JalaliDate.from(today).year() + "-[0-9]{4}-[0-9]{4}");
        assertThat(LicenceNumber.parse(licence.getNumber()).value()).isEqualTo(licence.getNumber());
        assertThat(licence.getIssuedOn()).isEqualTo(today);
        assertThat(licence.getValidUntil()).isEqualTo(today.plusYears(3).minusDays(1));
        assertThat(licence.isValidOn(today)).isTrue();
        assertThat(licence.getStatus()).isEqualTo(LicenceStatus.VALID);

        Kanoon kanoon = kanoons.findById(licence.getKanoonId()).orElseThrow();
        assertThat(kanoon.getName()).isEqualTo("کانون فرهنگی هنری ریحانه");
        assertThat(kanoon.getAudience()).isEqualTo(KanoonAudience.SISTERS);
        assertThat(kanoon.getManagerPersonId()).isEqualTo(applicantId);
        assertThat(kanoon.getProvinceId()).isEqualTo(arak.getProvince().getId());
        assertThat(kanoon.getCountyId()).isEqualTo(arak.getId());
        assertThat(kanoon.getEstablishedOn()).isEqualTo(today);
        assertThat(kanoon.getStatus()).isEqualTo(KanoonStatus.ACTIVE);

        Mosque mosque = mosques.findById(kanoon.getMosqueId()).orElseThrow();
        assertThat(mosque.getName()).isEqualTo("مسجد جامع امام حسن مجتبی");
        assertThat(mosque.getCountyId()).isEqualTo(arak.getId());
        assertThat(mosque.isRural()).isFalse();
        assertThat(mosque.getPostalCode()).isEqualTo("3813845678");
        assertThat(mosque.getLatitude()).isEqualByComparingTo(new BigDecimal("34.0914"));
        assertThat(mosque.getLongitude()).isEqualByComparingTo(new BigDecimal("49.6892"));

        assertThat(approved.getKanoonId()).isEqualTo(kanoon.getId());
        assertThat(approved.getMosqueId()).isEqualTo(mosque.getId());
    }

    @Test
    void aLicenceThatCannotBeIssuedRollsTheApprovalBack() {
        Long id = atProvinceReview();
        // A county of another province: the licence cannot be issued, so nothing of the approval stays.
        jdbc.update("UPDATE request_answer SET value_text = '0303' WHERE request_id = ? AND field_key = 'county'", id);
        long kanoonsBefore = kanoons.count();
        long mosquesBefore = mosques.count();

        assertThatThrownBy(() -> inTx(id, r -> workflow.approve(r, ReviewLevel.PROVINCE, province, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not in province");

        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.PROVINCE_REVIEW);
        assertThat(licences.findFirstByRequestIdOrderByIdAsc(id)).isEmpty();
        assertThat(kanoons.count()).isEqualTo(kanoonsBefore);
        assertThat(mosques.count()).isEqualTo(mosquesBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM timeline_event WHERE request_id = ? "
                + "AND event_type = 'APPROVED'", Integer.class, id)).isZero();
    }

    @Test
    void anApprovedRequestCannotBeApprovedAgainAndIssuingAgainReturnsTheSameLicence() {
        Long id = atProvinceReview();
        inTx(id, r -> workflow.approve(r, ReviewLevel.PROVINCE, province, null));
        Licence first = licences.findFirstByRequestIdOrderByIdAsc(id).orElseThrow();

        assertThatThrownBy(() -> inTx(id, r -> workflow.approve(r, ReviewLevel.PROVINCE, province, null)))
                .isInstanceOf(IllegalTransitionException.class);
        Licence again = tx.execute(s -> issuing.issue(requests.findById(id).orElseThrow()));

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getNumber()).isEqualTo(first.getNumber());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM licence WHERE request_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kanoon k JOIN licence l ON l.kanoon_id = k.id "
                + "WHERE l.request_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void onlyAnApprovedEstablishmentIssuesALicence() {
        Long id = atProvinceReview();
        assertThatThrownBy(() -> tx.execute(s -> issuing.issue(requests.findById(id).orElseThrow())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not approved");
    }

    @Test
    void twoApprovalsAtOnceGetDifferentNumbers() throws Exception {
        Long a = atProvinceReview();
        Long b = atProvinceReview();
        CyclicBarrier bothRead = new CyclicBarrier(2);
        List<CompletableFuture<Void>> approvals = List.of(a, b).stream()
                .map(id -> CompletableFuture.runAsync(() -> inTx(id, r -> {
                    await(bothRead);
                    workflow.approve(r, ReviewLevel.PROVINCE, province, null);
                    await(bothRead); // both licences are inserted, neither committed
                })))
                .toList();
        CompletableFuture.allOf(approvals.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        String numberA = licences.findFirstByRequestIdOrderByIdAsc(a).orElseThrow().getNumber();
        String numberB = licences.findFirstByRequestIdOrderByIdAsc(b).orElseThrow().getNumber();
        assertThat(numberA).isNotEqualTo(numberB).startsWith(markazi + "-");
        assertThat(numberB).startsWith(markazi + "-");
    }

    /** An establishment in Arak, past the county, with every required inquiry answered clear. */
    private Long atProvinceReview() {
        Long id = drafts.start(RequestType.ESTABLISHMENT, applicantId, arak.getProvince().getId(), arak.getId())
                .getId();
        inTx(id, r -> Establishments.answers(markazi, arak.getCode()).forEach(r::answer));
        tx.executeWithoutResult(s -> {
            for (ConsentRole role : workflow.routeOf(requests.findById(id).orElseThrow()).consentRoles()) {
                consents.save(new Consent(id, role, "09120000000", Instant.now()));
            }
        });
        inTx(id, r -> workflow.submit(r, Actor.person(applicantId, ActorRole.APPLICANT)));
        for (Consent consent : consents.findByRequestId(id)) {
            Long signer = persons.save(new Person(Instant.now())).getId();
            inTx(id, r -> workflow.recordConsent(r, consents.findById(consent.getId()).orElseThrow(), true, signer,
                    null));
        }
        inTx(id, r -> workflow.approve(r, ReviewLevel.COUNTY, county, null));
        tx.executeWithoutResult(s -> {
            for (InquiryRequirement requirement : inquiryRequirements.findByRequestType(RequestType.ESTABLISHMENT)) {
                Inquiry inquiry = new Inquiry(id, requirement.getInquiryType(), LocalDate.now(),
                        LocalDate.now().plusDays(14), "province-expert", Instant.now());
                inquiry.recordAnswer(InquiryResult.CLEAR, LocalDate.now(), "ref", null, null);
                inquiries.save(inquiry);
            }
        });
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.PROVINCE_REVIEW);
        return id;
    }

    private void inTx(Long requestId, Consumer<Request> action) {
        tx.executeWithoutResult(s -> action.accept(requests.findById(requestId).orElseThrow()));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
