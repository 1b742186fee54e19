package ir.kanoonyar.db.request;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Checks a request's timeline against its hash chain and reports the first event that was edited,
 * inserted or deleted. The chain is plain SHA-256, so it shows tampering by anyone who did not also
 * recompute every later hash and the request's head; that is what it is for.
 */
@Component
public class TimelineVerifier {

    private final TimelineEventRepository events;

    public TimelineVerifier(TimelineEventRepository events) {
        this.events = events;
    }

    public TimelineCheck verify(Request request) {
        return verify(request, events.findByRequestIdOrderBySeqAsc(request.getId()));
    }

    /** @param stored the events as stored, ordered by seq */
    public static TimelineCheck verify(Request request, List<TimelineEvent> stored) {
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
        return TimelineCheck.intact(count);
    }
}
