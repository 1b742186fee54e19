package ir.kanoonyar.db.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import ir.kanoonyar.db.guideline.GuidelineVersion;
import ir.kanoonyar.db.guideline.GuidelineVersionRepository;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.testsupport.MariaDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/** Requests walking through the workflow on the real database, each step in its own transaction. */
class RequestWorkflowOnMariaDbTest extends MariaDbTest {

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
    ReviewRouteRepository routes;
    @Autowired
    TimelineVerifier verifier;
    @Autowired
    TimelineEventRepository timelineEvents;
    @Autowired
    GuidelineVersionRepository guidelines;
    @Autowired
    PersonRepository persons;
    @Autowired
    CountyRepository counties;
    @Autowired
    PersonChatRepository chats;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    private County arak;
    private Long applicantId;
    private final Actor county = new Actor("county-expert", ActorRole.COUNTY_STAFF);
    private final Actor province = new Actor("province-expert", ActorRole.PROVINCE_STAFF);

    @BeforeEach
    void anApplicantInArak() {
        arak = counties.findByCode("0001").orElseThrow();
        applicantId = persons.save(new Person(Instant.now())).getId();
    }

    @Test
    void anEstablishmentGoesFromDraftToApprovalWithBothConsentsAndItsInquiries() {
        Long id = draftWithConsents(RequestType.ESTABLISHMENT, ConsentRole.IMAM, ConsentRole.TRUSTEES_HEAD);
        // An approved establishment issues its licence from these answers.
        inTx(id, r -> Establishments.answers(jdbc.queryForObject(
                "SELECT code FROM province WHERE id = ?", String.class, arak.getProvince().getId()), arak.getCode())
                .forEach(r::answer));

        inTx(id, r -> workflow.submit(r, applicant()));
        Request submitted = requests.findById(id).orElseThrow();
        assertThat(submitted.getStatus()).isEqualTo(RequestStatus.AWAITING_CONSENTS);
        assertThat(submitted.getAssigneeLevel()).isEqualTo(AssigneeLevel.SIGNERS);
        assertThat(submitted.getGuidelineVersionId()).isNotNull();

        sign(id, ConsentRole.IMAM);
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.AWAITING_CONSENTS);
        sign(id, ConsentRole.TRUSTEES_HEAD);
        Request atCounty = requests.findById(id).orElseThrow();
        assertThat(atCounty.getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
        assertThat(atCounty.getDueAt()).isBetween(Instant.now().plus(Duration.ofDays(9)),
                Instant.now().plus(Duration.ofDays(11)));

        inTx(id, r -> workflow.approve(r, ReviewLevel.COUNTY, county, "مدارک کامل است"));
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.PROVINCE_REVIEW);

        // The province cannot approve while the required inquiries are not answered as clear.
        assertThatThrownBy(() -> inTx(id, r -> workflow.approve(r, ReviewLevel.PROVINCE, province, null)))
                .isInstanceOf(ApprovalBlockedException.class)
                .satisfies(e -> assertThat(((ApprovalBlockedException) e).getMissingInquiries())
                        .containsExactly(InquiryType.CRIMINAL_RECORD, InquiryType.ADDICTION, InquiryType.SECURITY));
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.PROVINCE_REVIEW);

        answerInquiries(id, InquiryResult.CLEAR, InquiryType.CRIMINAL_RECORD, InquiryType.ADDICTION,
                InquiryType.SECURITY);
        inTx(id, r -> workflow.approve(r, ReviewLevel.PROVINCE, province, "تأیید شد"));

        Request approved = requests.findById(id).orElseThrow();
        assertThat(approved.getStatus()).isEqualTo(RequestStatus.APPROVED);
        assertThat(approved.getDecidedAt()).isNotNull();
        assertThat(timelineEvents.findByRequestIdOrderBySeqAsc(id)).extracting(TimelineEvent::getEventType)
                .containsExactly(TimelineEventType.SUBMITTED, TimelineEventType.CONSENT_SIGNED,
                        TimelineEventType.CONSENT_SIGNED, TimelineEventType.CONSENTS_COMPLETE,
                        TimelineEventType.FORWARDED, TimelineEventType.APPROVED);
        assertThat(verifier.verify(approved).intact()).isTrue();
    }

    @Test
    void aTimelineEditedInTheDatabaseIsCaught() {
        Long id = drafts.start(RequestType.SERVICE_REQUEST, applicantId, arak.getProvince().getId(), arak.getId()).getId();
        inTx(id, r -> workflow.submit(r, applicant()));
        inTx(id, r -> workflow.returnToApplicant(r, ReviewLevel.COUNTY, county, "عکس واضح نیست", List.of("photo")));
        inTx(id, r -> workflow.submit(r, applicant()));
        assertThat(verifier.verify(requests.findById(id).orElseThrow()).intact()).isTrue();

        jdbc.update("UPDATE timeline_event SET comment = 'همه چیز عالی است' WHERE request_id = ? AND seq = 2", id);

        TimelineCheck check = verifier.verify(requests.findById(id).orElseThrow());
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBadSeq()).isEqualTo(2);
        assertThat(check.problem()).isEqualTo(TimelineCheck.Problem.EDITED);
    }

    @Test
    void aReturnedRequestNamesTheFieldsAndKeepsItsFirstGuidelineWhenResubmitted() {
        Long id = drafts.start(RequestType.SERVICE_REQUEST, applicantId, arak.getProvince().getId(), arak.getId()).getId();
        inTx(id, r -> workflow.submit(r, applicant()));
        Long firstGuideline = requests.findById(id).orElseThrow().getGuidelineVersionId();

        inTx(id, r -> workflow.returnToApplicant(r, ReviewLevel.COUNTY, county, "شماره تماس اشتباه است",
                List.of("phone", "address")));
        Request returned = requests.findById(id).orElseThrow();
        assertThat(returned.getStatus()).isEqualTo(RequestStatus.RETURNED);
        assertThat(returned.getAssigneeLevel()).isEqualTo(AssigneeLevel.APPLICANT);
        assertThat(returned.getFieldsToFix()).containsExactly("phone", "address");
        assertThat(returned.getLastStaffComment()).isEqualTo("شماره تماس اشتباه است");

        // A newer guideline comes into force before the applicant resubmits.
        int next = guidelines.findLatestVersionNumber().orElse(0) + 1;
        GuidelineVersion newer = guidelines.save(guidelines.findInForceAt(Instant.now()).orElseThrow().toBuilder()
                .versionNumber(next).effectiveFrom(Instant.now().minusSeconds(1)).ages(20, 40)
                .createdBy("test").createdAt(Instant.now()).build());

        inTx(id, r -> {
            r.answer("phone", "09121234567");
            workflow.submit(r, applicant());
        });
        Request resubmitted = requests.findById(id).orElseThrow();
        assertThat(resubmitted.getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
        assertThat(resubmitted.getFieldsToFix()).isEmpty();
        assertThat(resubmitted.getGuidelineVersionId()).isEqualTo(firstGuideline).isNotEqualTo(newer.getId());
        assertThat(timelineEvents.findByRequestIdOrderBySeqAsc(id)).extracting(TimelineEvent::getEventType)
                .containsExactly(TimelineEventType.SUBMITTED, TimelineEventType.RETURNED,
                        TimelineEventType.RESUBMITTED);
    }

    @Test
    void theApplicantIsToldOfAReturnInTheSameTransactionOnEveryMessengerTheyUse() {
        tx.executeWithoutResult(s -> {
            chats.save(new PersonChat(applicantId, Channel.TELEGRAM, applicantId * 10, Instant.now()));
            chats.save(new PersonChat(applicantId, Channel.BALE, applicantId * 10 + 1, Instant.now()));
        });
        Long id = drafts.start(RequestType.SERVICE_REQUEST, applicantId, arak.getProvince().getId(), arak.getId()).getId();
        inTx(id, r -> workflow.submit(r, applicant()));
        inTx(id, r -> workflow.returnToApplicant(r, ReviewLevel.COUNTY, county, "عکس واضح نیست", List.of("photo")));

        assertThat(jdbc.queryForList("SELECT channel FROM outbox_message WHERE person_id = ? AND kind = 'STATUS_CHANGED' "
                + "AND body LIKE ?", String.class, applicantId, "%عکس واضح نیست%"))
                .containsExactlyInAnyOrder("TELEGRAM", "BALE");
    }

    @Test
    void aProvinceCanDelegateFinalApprovalToItsCounties() {
        Long markazi = arak.getProvince().getId();
        tx.executeWithoutResult(s -> routes.findByScopeIdAndRequestType(markazi, RequestType.RESIGNATION)
                .orElseGet(() -> routes.save(new ReviewRoute(markazi, RequestType.RESIGNATION, true, false,
                        Set.of(), 5))));
        Long id = drafts.start(RequestType.RESIGNATION, applicantId, markazi, arak.getId()).getId();
        inTx(id, r -> workflow.submit(r, applicant()));
        inTx(id, r -> workflow.approve(r, ReviewLevel.COUNTY, county, null));
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.APPROVED);

        // Elsewhere the national default still sends resignations on to the province.
        County tabriz = counties.findByCode("0303").orElseThrow();
        Long other = drafts.start(RequestType.RESIGNATION, applicantId, tabriz.getProvince().getId(), tabriz.getId())
                .getId();
        inTx(other, r -> workflow.submit(r, applicant()));
        inTx(other, r -> workflow.approve(r, ReviewLevel.COUNTY, county, null));
        assertThat(requests.findById(other).orElseThrow().getStatus()).isEqualTo(RequestStatus.PROVINCE_REVIEW);
    }

    @Test
    void aReviewerCannotActOnARequestWaitingAtAnotherLevel() {
        Long id = drafts.start(RequestType.SERVICE_REQUEST, applicantId, arak.getProvince().getId(), arak.getId()).getId();
        inTx(id, r -> workflow.submit(r, applicant()));
        assertThatThrownBy(() -> inTx(id, r -> workflow.approve(r, ReviewLevel.PROVINCE, province, null)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("not waiting for PROVINCE review");
    }

    @Test
    void rejectingOrReturningNeedsAComment() {
        Long id = drafts.start(RequestType.SERVICE_REQUEST, applicantId, arak.getProvince().getId(), arak.getId()).getId();
        inTx(id, r -> workflow.submit(r, applicant()));
        assertThatThrownBy(() -> inTx(id, r -> workflow.reject(r, ReviewLevel.COUNTY, county, "  ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comment");
        assertThatThrownBy(() -> inTx(id, r -> workflow.returnToApplicant(r, ReviewLevel.COUNTY, county, null,
                List.of("photo")))).isInstanceOf(IllegalArgumentException.class);
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
    }

    @Test
    void aRefusedConsentSendsTheRequestBackToTheApplicant() {
        Long id = draftWithConsents(RequestType.MANAGER_CHANGE, ConsentRole.IMAM);
        inTx(id, r -> workflow.submit(r, applicant()));
        Long imam = persons.save(new Person(Instant.now())).getId();
        inTx(id, r -> workflow.recordConsent(r, consentOf(id, ConsentRole.IMAM), false, imam, "این فرد را نمی‌شناسم"));

        Request returned = requests.findById(id).orElseThrow();
        assertThat(returned.getStatus()).isEqualTo(RequestStatus.RETURNED);
        assertThat(returned.getFieldsToFix()).containsExactly("consent.IMAM");
        assertThat(consentOf(id, ConsentRole.IMAM).getStatus()).isEqualTo(ConsentStatus.REFUSED);
    }

    @Test
    void theApplicantMayWithdrawBeforeADecisionButNotAfter() {
        Long id = drafts.start(RequestType.SERVICE_REQUEST, applicantId, arak.getProvince().getId(), arak.getId()).getId();
        inTx(id, r -> workflow.submit(r, applicant()));
        inTx(id, r -> workflow.withdraw(r, applicant(), "دیگر نیازی نیست"));
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.WITHDRAWN);

        Long decided = drafts.start(RequestType.SERVICE_REQUEST, applicantId, arak.getProvince().getId(), arak.getId())
                .getId();
        inTx(decided, r -> workflow.submit(r, applicant()));
        inTx(decided, r -> workflow.approve(r, ReviewLevel.COUNTY, county, null));
        assertThatThrownBy(() -> inTx(decided, r -> workflow.withdraw(r, applicant(), null)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("APPROVED is final");
    }

    @Test
    void whenTwoReviewersDecideAtOnceOneWinsAndTheOtherIsToldSo() throws Exception {
        Long id = drafts.start(RequestType.SERVICE_REQUEST, applicantId, arak.getProvince().getId(), arak.getId()).getId();
        inTx(id, r -> workflow.submit(r, applicant()));

        CountDownLatch firstHasRead = new CountDownLatch(1);
        CountDownLatch secondHasCommitted = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> inTx(id, r -> {
            firstHasRead.countDown();
            await(secondHasCommitted);
            workflow.approve(r, ReviewLevel.COUNTY, new Actor("slow-expert", ActorRole.COUNTY_STAFF), null);
        }));
        await(firstHasRead);
        inTx(id, r -> workflow.reject(r, ReviewLevel.COUNTY, new Actor("quick-expert", ActorRole.COUNTY_STAFF),
                "مدارک ناقص"));
        secondHasCommitted.countDown();

        assertThatThrownBy(() -> slow.get(30, TimeUnit.SECONDS))
                .hasCauseInstanceOf(ObjectOptimisticLockingFailureException.class);
        Request decided = requests.findById(id).orElseThrow();
        assertThat(decided.getStatus()).isEqualTo(RequestStatus.REJECTED);
        assertThat(timelineEvents.findByRequestIdOrderBySeqAsc(id)).extracting(TimelineEvent::getActor)
                .containsExactly("person:" + applicantId, "quick-expert");
        assertThat(verifier.verify(decided).intact()).isTrue();
    }

    private Long draftWithConsents(RequestType type, ConsentRole... roles) {
        Long id = drafts.start(type, applicantId, arak.getProvince().getId(), arak.getId()).getId();
        tx.executeWithoutResult(s -> {
            for (ConsentRole role : EnumSet.of(roles[0], roles)) {
                consents.save(new Consent(id, role, "0912000000" + role.ordinal(), Instant.now()));
            }
        });
        return id;
    }

    private void sign(Long id, ConsentRole role) {
        Long signer = persons.save(new Person(Instant.now())).getId();
        inTx(id, r -> workflow.recordConsent(r, consentOf(id, role), true, signer, null));
    }

    private Consent consentOf(Long requestId, ConsentRole role) {
        return consents.findByRequestId(requestId).stream().filter(c -> c.getRole() == role).findFirst().orElseThrow();
    }

    private void answerInquiries(Long requestId, InquiryResult result, InquiryType... types) {
        tx.executeWithoutResult(s -> {
            for (InquiryType type : types) {
                Inquiry inquiry = new Inquiry(requestId, type, LocalDate.now(), LocalDate.now().plusDays(14),
                        "province-expert", Instant.now());
                inquiry.recordAnswer(result, LocalDate.now(), "ref-" + type, null, null);
                inquiries.save(inquiry);
            }
        });
    }

    private Actor applicant() {
        return Actor.person(applicantId, ActorRole.APPLICANT);
    }

    private void inTx(Long requestId, java.util.function.Consumer<Request> action) {
        tx.executeWithoutResult(s -> action.accept(requests.findById(requestId).orElseThrow()));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
