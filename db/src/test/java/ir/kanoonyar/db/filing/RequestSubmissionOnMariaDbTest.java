package ir.kanoonyar.db.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Attachment;
import ir.kanoonyar.db.request.AttachmentRepository;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.ConsentRepository;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.ConsentStatus;
import ir.kanoonyar.db.request.Establishments;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.testsupport.MariaDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A confirmed form becomes a submitted request, or is refused before anything is written. */
class RequestSubmissionOnMariaDbTest extends MariaDbTest {

    @Autowired
    RequestSubmission submission;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestRepository requests;
    @Autowired
    ConsentRepository consents;
    @Autowired
    PersonRepository persons;
    @Autowired
    CountyRepository counties;
    @Autowired
    KanoonRepository kanoons;
    @Autowired
    MosqueRepository mosques;
    @Autowired
    AttachmentRepository attachments;
    @Autowired
    TransactionTemplate tx;

    private County arak;
    private Person applicant;

    @BeforeEach
    void aRegisteredApplicantInArak() {
        arak = counties.findByCode("0001").orElseThrow();
        applicant = Applicants.registeredIn(arak, persons);
    }

    @Test
    void anEstablishmentGetsATrackingCodeItsAnswersAndFilesAndAsksBothSignersForConsent() {
        Attachment photo = attachments.save(new Attachment(null, FieldKeys.PHOTO, "mosque.jpg", "image/jpeg", 1000,
                "0".repeat(64), "key-" + Applicants.mobile(), null, Instant.now()));
        String imam = Applicants.mobile();
        String trustees = Applicants.mobile();
        Map<String, String> answers = establishment(imam, trustees);
        answers.put(FieldKeys.PHOTO, photo.getId().toString());

        FilingOutcome outcome = submission.file(applicant.getId(), RequestType.ESTABLISHMENT, answers);

        assertThat(outcome).isInstanceOf(FilingOutcome.Filed.class);
        FilingOutcome.Filed filed = (FilingOutcome.Filed) outcome;
        Request request = requests.findById(filed.request().getId()).orElseThrow();
        assertThat(TrackingCode.isValid(request.getTrackingCode())).isTrue();
        assertThat(request.getStatus()).isEqualTo(RequestStatus.AWAITING_CONSENTS);
        assertThat(request.getApplicantPersonId()).isEqualTo(applicant.getId());
        assertThat(request.getCountyId()).isEqualTo(arak.getId());
        assertThat(inTx(request.getId(), Request::getAnswers)).containsAllEntriesOf(answers);
        assertThat(attachments.findById(photo.getId()).orElseThrow().getRequestId()).isEqualTo(request.getId());

        assertThat(filed.consents()).extracting(Consent::getRole, Consent::getSignerMobile, Consent::getStatus)
                .containsExactlyInAnyOrder(
                        tuple(ConsentRole.IMAM, imam, ConsentStatus.PENDING),
                        tuple(ConsentRole.TRUSTEES_HEAD, trustees, ConsentStatus.PENDING));
        assertThat(consents.findByRequestId(request.getId())).hasSize(2);
        assertThat(filed.consents().get(0).getToken()).isNotEqualTo(filed.consents().get(1).getToken());
    }

    @Test
    void aRequestAboutTheirKanoonIsPlacedInTheKanoonsRegionAndWaitsAtTheFirstReviewStep() {
        County qaemShahr = counties.findByCode("0210").orElseThrow();
        Kanoon kanoon = kanoonIn(qaemShahr, applicant.getId());

        FilingOutcome outcome = submission.file(applicant.getId(), RequestType.SERVICE_REQUEST, Map.of(
                FieldKeys.KANOON, kanoon.getId().toString(), FieldKeys.SERVICE_KIND, "equipment",
                FieldKeys.DESCRIPTION, "کتاب برای کتابخانه‌ی کانون"));

        FilingOutcome.Filed filed = (FilingOutcome.Filed) outcome;
        Request request = requests.findById(filed.request().getId()).orElseThrow();
        assertThat(request.getKanoonId()).isEqualTo(kanoon.getId());
        assertThat(request.getMosqueId()).isEqualTo(kanoon.getMosqueId());
        assertThat(request.getCountyId()).isEqualTo(qaemShahr.getId());
        assertThat(request.getProvinceId()).isEqualTo(qaemShahr.getProvince().getId());
        assertThat(request.getStatus()).isEqualTo(workflow.routeOf(request).firstLevel().reviewStatus());
        assertThat(filed.consents()).isEmpty();
    }

    @Test
    void aKanoonSomeoneElseManagesIsRefusedAndNothingIsWritten() {
        Person other = Applicants.registeredIn(arak, persons);
        Kanoon theirs = kanoonIn(arak, other.getId());
        long before = requests.count();

        FilingOutcome outcome = submission.file(applicant.getId(), RequestType.RESIGNATION, Map.of(
                FieldKeys.KANOON, theirs.getId().toString(), FieldKeys.REASON, "مهاجرت",
                FieldKeys.EFFECTIVE_DATE, LocalDate.now().plusDays(30).toString()));

        assertThat(outcome).isEqualTo(new FilingOutcome.Refused(FilingRefusal.KANOON_NOT_YOURS, FieldKeys.KANOON));
        assertThat(requests.count()).isEqualTo(before);
    }

    @Test
    void anUnknownRegionOrAnUnregisteredPersonIsRefusedAndNothingIsWritten() {
        long before = requests.count();
        Map<String, String> answers = establishment(Applicants.mobile(), Applicants.mobile());
        answers.put(FieldKeys.COUNTY, "9999");

        assertThat(submission.file(applicant.getId(), RequestType.ESTABLISHMENT, answers))
                .isEqualTo(new FilingOutcome.Refused(FilingRefusal.REGION_UNKNOWN, FieldKeys.COUNTY));
        Person notRegistered = persons.save(new Person(Instant.now()));
        assertThat(submission.file(notRegistered.getId(), RequestType.ESTABLISHMENT,
                establishment(Applicants.mobile(), Applicants.mobile())))
                .isEqualTo(new FilingOutcome.Refused(FilingRefusal.NOT_REGISTERED, null));
        assertThat(submission.file(null, RequestType.ESTABLISHMENT,
                establishment(Applicants.mobile(), Applicants.mobile())))
                .isEqualTo(new FilingOutcome.Refused(FilingRefusal.NOT_REGISTERED, null));
        assertThat(requests.count()).isEqualTo(before);
    }

    @Test
    void aRefusedConsentReturnsTheRequestAndANewImamNumberSendsItAgainWithAFreshLink() {
        FilingOutcome.Filed filed = (FilingOutcome.Filed) submission.file(applicant.getId(),
                RequestType.ESTABLISHMENT, establishment(Applicants.mobile(), Applicants.mobile()));
        Long id = filed.request().getId();
        Consent imam = consent(id, ConsentRole.IMAM);
        tx.executeWithoutResult(s -> workflow.recordConsent(requests.findById(id).orElseThrow(),
                consents.findById(imam.getId()).orElseThrow(), false, null, "این امام جماعت مسجد نیست"));
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.RETURNED);

        String newImam = Applicants.mobile();
        Map<String, String> fixed = new LinkedHashMap<>(inTx(id, Request::getAnswers));
        fixed.put(FieldKeys.IMAM_MOBILE, newImam);
        FilingOutcome outcome = submission.resubmit(applicant.getId(), id, List.of(FieldKeys.IMAM_MOBILE), fixed);

        FilingOutcome.Filed again = (FilingOutcome.Filed) outcome;
        assertThat(again.request().getStatus()).isEqualTo(RequestStatus.AWAITING_CONSENTS);
        Consent reissued = consent(id, ConsentRole.IMAM);
        assertThat(reissued.getStatus()).isEqualTo(ConsentStatus.PENDING);
        assertThat(reissued.getSignerMobile()).isEqualTo(newImam);
        assertThat(reissued.getToken()).isNotEqualTo(imam.getToken());
        assertThat(again.consents()).extracting(Consent::getRole)
                .containsExactlyInAnyOrder(ConsentRole.IMAM, ConsentRole.TRUSTEES_HEAD);
        assertThat(inTx(id, Request::getAnswers)).containsEntry(FieldKeys.IMAM_MOBILE, newImam);
    }

    @Test
    void onlyTheApplicantSendsAgainAndOnlyARequestReturnedToThem() {
        FilingOutcome.Filed filed = (FilingOutcome.Filed) submission.file(applicant.getId(),
                RequestType.ESTABLISHMENT, establishment(Applicants.mobile(), Applicants.mobile()));
        Long id = filed.request().getId();
        Person stranger = Applicants.registeredIn(arak, persons);
        FilingOutcome.Refused notReturned = new FilingOutcome.Refused(FilingRefusal.NOT_RETURNED, null);

        assertThat(submission.resubmit(applicant.getId(), id, List.of(), Map.of())).isEqualTo(notReturned);
        assertThat(submission.resubmit(stranger.getId(), id, List.of(), Map.of())).isEqualTo(notReturned);
        assertThat(submission.resubmit(applicant.getId(), -1L, List.of(), Map.of())).isEqualTo(notReturned);
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.AWAITING_CONSENTS);
    }

    private Map<String, String> establishment(String imam, String trustees) {
        Map<String, String> answers = Establishments.answers("00", "0001");
        answers.put(FieldKeys.IMAM_MOBILE, imam);
        answers.put(FieldKeys.TRUSTEES_MOBILE, trustees);
        return answers;
    }

    private Kanoon kanoonIn(County county, Long managerId) {
        Long provinceId = county.getProvince().getId();
        Mosque mosque = mosques.save(new Mosque("مسجد امام رضا", provinceId, county.getId(), county.getName(), false,
                Instant.now()));
        return kanoons.save(new Kanoon("کانون نور", mosque.getId(), provinceId, county.getId(),
                KanoonAudience.SISTERS, managerId, LocalDate.of(2021, 1, 1), Instant.now()));
    }

    private Consent consent(Long requestId, ConsentRole role) {
        return consents.findByRequestId(requestId).stream().filter(c -> c.getRole() == role).findFirst().orElseThrow();
    }

    private <T> T inTx(Long requestId, Function<Request, T> read) {
        return tx.execute(s -> read.apply(requests.findById(requestId).orElseThrow()));
    }
}
