package ir.kanoonyar.db.request;

import java.security.PublicKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Checks a request's timeline: first its hash chain, reporting the first event that was edited,
 * inserted or deleted; then each event's signature with the public key of the key id it names. The
 * chain is plain SHA-256, so on its own it shows tampering only by someone who did not recompute
 * every later hash and the request's head; the signatures show that too, unless the one who did held
 * the server's key. Events written before signing began (no key id, all at the start) are counted,
 * not condemned.
 */
@Component
public class TimelineVerifier {

    private final TimelineEventRepository events;
    private final TimelineKeys keys;

    public TimelineVerifier(TimelineEventRepository events, TimelineKeys keys) {
        this.events = events;
        this.keys = keys;
    }

    public TimelineCheck verify(Request request) {
        return verify(request, events.findByRequestIdOrderBySeqAsc(request.getId()));
    }

    /** @param stored the events as stored, ordered by seq */
    public TimelineCheck verify(Request request, List<TimelineEvent> stored) {
        return verify(request, stored, keys.publicKeys());
    }

    /**
     * @param stored     the events as stored, ordered by seq
     * @param publicKeys every known key id's public key
     */
    public static TimelineCheck verify(Request request, List<TimelineEvent> stored, Map<String, PublicKey> publicKeys) {
        TimelineCheck chain = verifyChain(request, stored);
        if (!chain.intact()) {
            return chain;
        }
        int unsigned = 0;
        Set<String> keyIds = new LinkedHashSet<>();
        for (TimelineEvent e : stored) {
            if (e.getSignature() == null || e.getKeyId() == null) {
                if (!keyIds.isEmpty()) {
                    return TimelineCheck.badSignature(e.getSeq(), TimelineCheck.Problem.UNSIGNED, null,
                            "event " + e.getSeq() + " has no signature but comes after signed events");
                }
                unsigned++;
                continue;
            }
            PublicKey key = publicKeys.get(e.getKeyId());
            if (key == null) {
                return TimelineCheck.badSignature(e.getSeq(), TimelineCheck.Problem.UNKNOWN_KEY, e.getKeyId(),
                        "event " + e.getSeq() + " names key " + e.getKeyId() + ", which is not in timeline_key");
            }
            if (!TimelineSignature.verifies(key, e.getKeyId(), e.getHash(), e.getSignature())) {
                return TimelineCheck.badSignature(e.getSeq(), TimelineCheck.Problem.BAD_SIGNATURE, e.getKeyId(),
                        "event " + e.getSeq() + " does not carry a valid signature of key " + e.getKeyId());
            }
            keyIds.add(e.getKeyId());
        }
        return TimelineCheck.intact(stored.size(), unsigned, keyIds);
    }

    private static TimelineCheck verifyChain(Request request, List<TimelineEvent> stored) {
        String prevHash = TimelineHash.GENESIS;
        String prevPrevHash = null;
        int expectedSeq = 1;
        for (TimelineEvent e : stored) {
            if (e.getSeq() > expectedSeq) {
                return TimelineCheck.broken(expectedSeq, TimelineCheck.Problem.DELETED,
                        "event " + expectedSeq + " is missing");
            }
            boolean contentIntact = TimelineHash.of(e).equals(e.getHash());
            if (!e.getPrevHash().equals(prevHash)) {
                if (contentIntact) {
                    // This event is untouched, so the one before it was rewritten and re-hashed.
                    return TimelineCheck.broken(e.getSeq() - 1, TimelineCheck.Problem.EDITED,
                            "event " + (e.getSeq() - 1) + " no longer has the hash the next event signed");
                }
                if (e.getPrevHash().equals(prevPrevHash)) {
                    return TimelineCheck.broken(e.getSeq() - 1, TimelineCheck.Problem.INSERTED,
                            "event " + (e.getSeq() - 1) + " was put between two signed events");
                }
                return TimelineCheck.broken(e.getSeq(), TimelineCheck.Problem.DELETED,
                        "an event before event " + e.getSeq() + " was removed");
            }
            if (!contentIntact) {
                return TimelineCheck.broken(e.getSeq(), TimelineCheck.Problem.EDITED,
                        "event " + e.getSeq() + " does not match its hash");
            }
            prevPrevHash = prevHash;
            prevHash = e.getHash();
            expectedSeq++;
        }
        int count = stored.size();
        if (count < request.getTimelineLength()) {
            return TimelineCheck.broken(count + 1, TimelineCheck.Problem.DELETED,
                    "the request has " + request.getTimelineLength() + " events but " + count + " are stored");
        }
        if (count > request.getTimelineLength()) {
            return TimelineCheck.broken(request.getTimelineLength() + 1, TimelineCheck.Problem.INSERTED,
                    "events after the request's last signed event");
        }
        String head = request.getTimelineHeadHash();
        if (count > 0 && !prevHash.equals(head)) {
            return TimelineCheck.broken(count, TimelineCheck.Problem.EDITED,
                    "the last event is not the one the request signed");
        }
        return TimelineCheck.intact(count, 0, Set.of());
    }
}
