package ir.kanoonyar.db.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Tampering with a signed timeline, as someone with write access to the database might. */
class TimelineVerifierTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123456Z");

    private final TimelineKey serverKey = TimelineKey.generate();
    private final Map<String, PublicKey> publicKeys = new HashMap<>();
    /** Who signs the next appended event; null: written before signing began. */
    private TimelineKey signing;
    private Request request;
    private List<TimelineEvent> events;

    @BeforeEach
    void fiveSignedEvents() {
        signing = serverKey;
        publicKeys.put(serverKey.keyId(), serverKey.publicKey());
        request = new Request("123456789012", RequestType.ESTABLISHMENT, 7L, T0);
        ReflectionTestUtils.setField(request, "id", 42L);
        events = new ArrayList<>();
        append(TimelineEventType.SUBMITTED, RequestStatus.DRAFT, RequestStatus.AWAITING_CONSENTS, applicant(), null);
        append(TimelineEventType.CONSENT_SIGNED, RequestStatus.AWAITING_CONSENTS, RequestStatus.AWAITING_CONSENTS,
                Actor.person(8L, ActorRole.IMAM), "موافقم");
        append(TimelineEventType.CONSENTS_COMPLETE, RequestStatus.AWAITING_CONSENTS, RequestStatus.COUNTY_REVIEW,
                Actor.system(), null);
        append(TimelineEventType.FORWARDED, RequestStatus.COUNTY_REVIEW, RequestStatus.PROVINCE_REVIEW,
                new Actor("demo-county", ActorRole.COUNTY_STAFF), "بررسی شد");
        append(TimelineEventType.APPROVED, RequestStatus.PROVINCE_REVIEW, RequestStatus.APPROVED,
                new Actor("demo-province", ActorRole.PROVINCE_STAFF), "تأیید");
    }

    @Test
    void anUntouchedTimelineIsIntact() {
        TimelineCheck check = verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.events()).isEqualTo(5);
        assertThat(check.unsignedEvents()).isZero();
        assertThat(check.keyIds()).containsExactly(serverKey.keyId());
    }

    // ---- signatures ----

    @Test
    void anEditWhoseWholeChainWasRecomputedWithoutTheKeyHasABadSignature() {
        // What the plain chain could not see: the forger re-hashes the event, every later one and the head.
        set(events.get(1), "comment", "مخالفم");
        rehashFrom(1);
        TimelineCheck check = verify();
        assertThat(check.problem()).as(check.detail()).isEqualTo(TimelineCheck.Problem.BAD_SIGNATURE);
        assertThat(check.firstBadSeq()).isEqualTo(2);
        assertThat(check.keyId()).isEqualTo(serverKey.keyId());
        assertThat(check.problem().breaksTheChain()).isFalse();
    }

    @Test
    void anEventSignedByAnotherKeyUnderTheServersKeyIdHasABadSignature() {
        TimelineKey forger = TimelineKey.generate();
        set(events.get(4), "comment", "رد");
        rehashFrom(4);
        set(events.get(4), "signature", forger.sign(events.get(4).getHash()));
        set(events.get(4), "keyId", serverKey.keyId());
        assertSignature(5, TimelineCheck.Problem.BAD_SIGNATURE, serverKey.keyId());
    }

    @Test
    void aSignatureThatIsNotEvenBase64IsBad() {
        set(events.get(2), "signature", "not a signature!");
        assertSignature(3, TimelineCheck.Problem.BAD_SIGNATURE, serverKey.keyId());
    }

    @Test
    void anEventSignedWithAKeyNobodyRegisteredNamesTheUnknownKeyId() {
        TimelineKey forger = TimelineKey.generate();
        set(events.get(3), "comment", "رد");
        rehashFrom(3);
        events.get(3).signWith(forger);
        assertSignature(4, TimelineCheck.Problem.UNKNOWN_KEY, forger.keyId());
    }

    @Test
    void afterARotationOldEventsStillVerifyWithTheirOwnKey() {
        TimelineKey next = TimelineKey.generate();
        publicKeys.put(next.keyId(), next.publicKey());
        signing = next;
        append(TimelineEventType.RETURNED, RequestStatus.APPROVED, RequestStatus.RETURNED,
                new Actor("demo-province", ActorRole.PROVINCE_STAFF), "بازگشت");
        TimelineCheck check = verify();
        assertThat(check.intact()).as(check.detail()).isTrue();
        assertThat(check.keyIds()).containsExactly(serverKey.keyId(), next.keyId());
        assertThat(events.get(5).getKeyId()).isEqualTo(next.keyId());

        publicKeys.remove(serverKey.keyId());
        assertSignature(1, TimelineCheck.Problem.UNKNOWN_KEY, serverKey.keyId());
    }

    @Test
    void eventsWrittenBeforeSigningBeganAreCountedNotCondemned() {
        events.clear();
        request = new Request("123456789013", RequestType.ESTABLISHMENT, 7L, T0);
        ReflectionTestUtils.setField(request, "id", 42L);
        signing = null;
        append(TimelineEventType.SUBMITTED, RequestStatus.DRAFT, RequestStatus.COUNTY_REVIEW, applicant(), null);
        append(TimelineEventType.FORWARDED, RequestStatus.COUNTY_REVIEW, RequestStatus.PROVINCE_REVIEW,
                new Actor("demo-county", ActorRole.COUNTY_STAFF), null);
        signing = serverKey;
        append(TimelineEventType.APPROVED, RequestStatus.PROVINCE_REVIEW, RequestStatus.APPROVED,
                new Actor("demo-province", ActorRole.PROVINCE_STAFF), null);

        TimelineCheck check = verify();
        assertThat(check.intact()).as(check.detail()).isTrue();
        assertThat(check.unsignedEvents()).isEqualTo(2);
        assertThat(check.keyIds()).containsExactly(serverKey.keyId());
    }

    @Test
    void aSignatureRemovedAfterSignedEventsIsCaught() {
        set(events.get(3), "signature", null);
        set(events.get(3), "keyId", null);
        assertSignature(4, TimelineCheck.Problem.UNSIGNED, null);
    }

    @Test
    void aBrokenChainIsReportedBeforeAnySignature() {
        set(events.get(1), "comment", "مخالفم");
        set(events.get(1), "signature", "bad");
        assertBroken(2, TimelineCheck.Problem.EDITED);
    }

    @Test
    void anEditedCommentIsFoundAtItsEvent() {
        set(events.get(3), "comment", "رد شد");
        assertBroken(4, TimelineCheck.Problem.EDITED);
    }

    @Test
    void anEditedActorIsFound() {
        set(events.get(4), "actor", "someone-else");
        assertBroken(5, TimelineCheck.Problem.EDITED);
    }

    @Test
    void anEditThatRecomputedItsOwnHashIsFoundByTheNextEvent() {
        TimelineEvent second = events.get(1);
        set(second, "comment", "مخالفم");
        set(second, "hash", TimelineHash.of(second));
        assertBroken(2, TimelineCheck.Problem.EDITED);
    }

    @Test
    void aDeletedEventLeavesAGap() {
        events.remove(2);
        assertBroken(3, TimelineCheck.Problem.DELETED);
    }

    @Test
    void aDeletedEventWithLaterEventsRenumberedIsFound() {
        events.remove(2);
        set(events.get(2), "seq", 3);
        set(events.get(3), "seq", 4);
        assertBroken(3, TimelineCheck.Problem.DELETED);
    }

    @Test
    void aDeletedLastEventIsFoundThroughTheRequestsCount() {
        events.remove(4);
        assertBroken(5, TimelineCheck.Problem.DELETED);
    }

    @Test
    void anEventInsertedWithAValidHashIsFound() {
        // A forger puts an approval between events 2 and 3, hashing it properly, and renumbers the rest.
        TimelineEvent forged = new TimelineEvent(42L, 3, TimelineEventType.FORWARDED, RequestStatus.COUNTY_REVIEW,
                RequestStatus.PROVINCE_REVIEW, new Actor("intruder", ActorRole.COUNTY_STAFF), T0, null,
                events.get(1).getHash());
        for (int i = 2; i < events.size(); i++) {
            set(events.get(i), "seq", i + 2);
        }
        events.add(2, forged);
        assertBroken(3, TimelineCheck.Problem.INSERTED);
    }

    @Test
    void anEventAppendedBehindTheRequestsBackIsFound() {
        TimelineEvent extra = new TimelineEvent(42L, 6, TimelineEventType.RETURNED, RequestStatus.APPROVED,
                RequestStatus.RETURNED, new Actor("intruder", ActorRole.PROVINCE_STAFF), T0, "x",
                events.get(4).getHash());
        events.add(extra);
        assertBroken(6, TimelineCheck.Problem.INSERTED);
    }

    @Test
    void theHashSurvivesAMicrosecondRoundTrip() {
        // The database keeps microseconds; the event was created with them already truncated.
        TimelineEvent first = events.get(0);
        assertThat(TimelineHash.of(first)).isEqualTo(first.getHash());
        assertThat(first.getPrevHash()).isEqualTo(TimelineHash.GENESIS);
    }

    private TimelineCheck verify() {
        return TimelineVerifier.verify(request, events, publicKeys);
    }

    private void assertSignature(int seq, TimelineCheck.Problem problem, String keyId) {
        TimelineCheck check = verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.problem()).as(check.detail()).isEqualTo(problem);
        assertThat(check.firstBadSeq()).isEqualTo(seq);
        assertThat(check.keyId()).isEqualTo(keyId);
    }

    /** Recomputes the hashes from events[from] on, the links and the request's head, as a forger without the key can. */
    private void rehashFrom(int from) {
        for (int i = from; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            if (i > from) {
                set(e, "prevHash", events.get(i - 1).getHash());
            }
            set(e, "hash", TimelineHash.of(e));
        }
        set(request, "timelineHeadHash", events.get(events.size() - 1).getHash());
    }

    private void assertBroken(int seq, TimelineCheck.Problem problem) {
        TimelineCheck check = verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.problem()).as(check.detail()).isEqualTo(problem);
        assertThat(check.firstBadSeq()).as(check.detail()).isEqualTo(seq);
    }

    private void append(TimelineEventType type, RequestStatus from, RequestStatus to, Actor actor, String comment) {
        String prev = request.getTimelineHeadHash() == null ? TimelineHash.GENESIS : request.getTimelineHeadHash();
        TimelineEvent e = new TimelineEvent(42L, request.getTimelineLength() + 1, type, from, to, actor,
                T0.plusSeconds(60L * events.size()), comment, prev);
        if (signing != null) {
            e.signWith(signing);
        }
        request.appendedToTimeline(e.getHash());
        events.add(e);
    }

    private static Actor applicant() {
        return Actor.person(7L, ActorRole.APPLICANT);
    }

    private static void set(Object target, String field, Object value) {
        ReflectionTestUtils.setField(target, field, value);
    }

}
