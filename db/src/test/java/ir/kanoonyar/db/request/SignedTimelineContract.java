package ir.kanoonyar.db.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.testsupport.DbTestApplication;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed timeline on a real database: tampered with through SQL as someone with write access
 * but without the server's key would, and two signers signing one request at the same moment. Run on
 * MariaDB ({@link SignedTimelineOnMariaDbTest}) and on the embedded default's H2
 * ({@link SignedTimelineOnH2Test}), where the chat simulator signs consents.
 */
@SpringBootTest(classes = DbTestApplication.class)
abstract class SignedTimelineContract {

    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestDrafts drafts;
    @Autowired
    RequestRepository requests;
    @Autowired
    ConsentRepository consents;
    @Autowired
    TimelineEventRepository events;
    @Autowired
    TimelineVerifier verifier;
    @Autowired
    PersonRepository persons;
    @Autowired
    CountyRepository counties;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    private County arak;
    private Long applicantId;
    private final Actor county = new Actor("county-expert", ActorRole.COUNTY_STAFF);

    @BeforeEach
    void anApplicantInArak() {
        arak = counties.findByCode("0001").orElseThrow();
        applicantId = persons.save(new Person(Instant.now())).getId();
    }

    @Test
    void everyEventIsSignedWithTheKeyFromTheEnvironmentWhosePublicKeyIsInTimelineKey() {
        Long id = threeEvents();
        assertThat(jdbc.queryForList("SELECT key_id FROM timeline_event WHERE request_id = ? ORDER BY seq",
                String.class, id)).containsExactly("test-key", "test-key", "test-key");
        assertThat(jdbc.queryForObject("SELECT public_key FROM timeline_key WHERE key_id = 'test-key'", String.class))
                .isEqualTo(TimelineKey.fromPkcs8("test-key", TestDatabase.TIMELINE_KEY).publicKeyBase64());
        TimelineCheck check = check(id);
        assertThat(check.intact()).as(check.detail()).isTrue();
        assertThat(check.keyIds()).containsExactly("test-key");
        assertThat(check.unsignedEvents()).isZero();
    }

    @Test
    void anEventWhoseTextWasChangedBreaksTheChainThere() {
        Long id = threeEvents();
        jdbc.update("UPDATE timeline_event SET comment = 'همه چیز عالی است' WHERE request_id = ? AND seq = 2", id);
        TimelineCheck check = check(id);
        assertThat(check.problem()).as(check.detail()).isEqualTo(TimelineCheck.Problem.EDITED);
        assertThat(check.firstBadSeq()).isEqualTo(2);
    }

    @Test
    void anEventRehashedWithoutTheKeyKeepsTheChainButNotItsSignature() {
        Long id = threeEvents();
        // The last event: its hash recomputed after the edit, and the request's head with it, so the
        // unkeyed chain holds exactly as before signing existed.
        jdbc.update("UPDATE timeline_event SET comment = 'تأیید شد' WHERE request_id = ? AND seq = 3", id);
        TimelineEvent edited = events.findByRequestIdOrderBySeqAsc(id).get(2);
        String forged = TimelineHash.of(edited);
        jdbc.update("UPDATE timeline_event SET hash = ? WHERE id = ?", forged, edited.getId());
        jdbc.update("UPDATE request SET timeline_head_hash = ? WHERE id = ?", forged, id);

        TimelineCheck check = check(id);
        assertThat(check.problem()).as(check.detail()).isEqualTo(TimelineCheck.Problem.BAD_SIGNATURE);
        assertThat(check.firstBadSeq()).isEqualTo(3);
        assertThat(check.keyId()).isEqualTo("test-key");
    }

    @Test
    void anEventNamingAKeyIdNobodyRegisteredIsReportedWithThatId() {
        Long id = threeEvents();
        jdbc.update("UPDATE timeline_event SET key_id = 'someone-elses' WHERE request_id = ? AND seq = 2", id);
        TimelineCheck check = check(id);
        assertThat(check.problem()).isEqualTo(TimelineCheck.Problem.UNKNOWN_KEY);
        assertThat(check.firstBadSeq()).isEqualTo(2);
        assertThat(check.keyId()).isEqualTo("someone-elses");
    }

    @Test
    void eventsAsTheMigrationLeftThemAreSignedBeforeKeysExistedButAStrippedSignatureLaterIsNot() {
        Long old = threeEvents();
        // What V19 leaves on events written before it: no key id, no signature.
        jdbc.update("UPDATE timeline_event SET key_id = NULL, signature = NULL WHERE request_id = ?", old);
        TimelineCheck before = check(old);
        assertThat(before.intact()).as(before.detail()).isTrue();
        assertThat(before.unsignedEvents()).isEqualTo(3);
        // Signed from now on: the same timeline goes on and still verifies.
        inTx(old, r -> workflow.approve(r, ReviewLevel.COUNTY, county, null));
        TimelineCheck after = check(old);
        assertThat(after.intact()).as(after.detail()).isTrue();
        assertThat(after.unsignedEvents()).isEqualTo(3);
        assertThat(after.keyIds()).containsExactly("test-key");

        Long stripped = threeEvents();
        jdbc.update("UPDATE timeline_event SET key_id = NULL, signature = NULL WHERE request_id = ? AND seq = 3",
                stripped);
        TimelineCheck check = check(stripped);
        assertThat(check.problem()).isEqualTo(TimelineCheck.Problem.UNSIGNED);
        assertThat(check.firstBadSeq()).isEqualTo(3);
    }

    @Test
    void twoSignersSigningTheSameRequestAtTheSameMomentBothSucceedInOrder() throws Exception {
        for (int round = 0; round < 3; round++) {
            Long id = drafts.start(RequestType.ESTABLISHMENT, applicantId, arak.getProvince().getId(), arak.getId())
                    .getId();
            tx.executeWithoutResult(s -> {
                for (ConsentRole role : EnumSet.of(ConsentRole.IMAM, ConsentRole.TRUSTEES_HEAD)) {
                    consents.save(new Consent(id, role, "0912000000" + role.ordinal(), Instant.now()));
                }
            });
            inTx(id, r -> workflow.submit(r, applicant()));
            Long imam = persons.save(new Person(Instant.now())).getId();
            Long head = persons.save(new Person(Instant.now())).getId();

            // As the bot does: each signer's turn reads the request and their consent, then signs; both
            // have read before either signs.
            CyclicBarrier bothHaveRead = new CyclicBarrier(2);
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> signAfter(bothHaveRead, id,
                    ConsentRole.IMAM, imam));
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> signAfter(bothHaveRead, id,
                    ConsentRole.TRUSTEES_HEAD, head));
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);

            Request signed = requests.findById(id).orElseThrow();
            assertThat(signed.getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
            List<TimelineEvent> timeline = events.findByRequestIdOrderBySeqAsc(id);
            assertThat(timeline).extracting(TimelineEvent::getSeq).containsExactly(1, 2, 3, 4);
            assertThat(timeline).extracting(TimelineEvent::getEventType).containsExactly(TimelineEventType.SUBMITTED,
                    TimelineEventType.CONSENT_SIGNED, TimelineEventType.CONSENT_SIGNED,
                    TimelineEventType.CONSENTS_COMPLETE);
            assertThat(timeline.subList(1, 3)).extracting(TimelineEvent::getActor)
                    .containsExactlyInAnyOrder("person:" + imam, "person:" + head);
            assertThat(consents.findByRequestId(id)).extracting(Consent::getStatus)
                    .containsOnly(ConsentStatus.SIGNED);
            TimelineCheck check = verifier.verify(signed);
            assertThat(check.intact()).as(check.detail()).isTrue();
            assertThat(check.keyIds()).containsExactly("test-key");
        }
    }

    private void signAfter(CyclicBarrier bothHaveRead, Long requestId, ConsentRole role, Long signer) {
        tx.executeWithoutResult(s -> {
            Request request = requests.findById(requestId).orElseThrow();
            Consent consent = consents.findByRequestId(requestId).stream().filter(c -> c.getRole() == role)
                    .findFirst().orElseThrow();
            try {
                bothHaveRead.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            workflow.recordConsent(request, consent, true, signer, null);
        });
    }

    /** Submitted, returned, submitted again: three signed events. */
    private Long threeEvents() {
        Long id = drafts.start(RequestType.SERVICE_REQUEST, applicantId, arak.getProvince().getId(), arak.getId()).getId();
        inTx(id, r -> workflow.submit(r, applicant()));
        inTx(id, r -> workflow.returnToApplicant(r, ReviewLevel.COUNTY, county, "عکس واضح نیست", List.of("photo")));
        inTx(id, r -> workflow.submit(r, applicant()));
        return id;
    }

    private TimelineCheck check(Long id) {
        return verifier.verify(requests.findById(id).orElseThrow());
    }

    private Actor applicant() {
        return Actor.person(applicantId, ActorRole.APPLICANT);
    }

    private void inTx(Long requestId, java.util.function.Consumer<Request> action) {
        tx.executeWithoutResult(s -> action.accept(requests.findById(requestId).orElseThrow()));
    }
}
