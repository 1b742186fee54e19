package ir.kanoonyar.db.request;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * Appends events to a request's timeline, each chained to the one before and signed with the server's
 * key ({@link TimelineKey}); the request row keeps the chain's length and head.
 */
@Component
public class Timeline {

    private final TimelineEventRepository events;
    private final RequestRepository requests;
    private final TimelineKeys keys;

    public Timeline(TimelineEventRepository events, RequestRepository requests, TimelineKeys keys) {
        this.events = events;
        this.requests = requests;
        this.keys = keys;
    }

    public TimelineEvent append(Request request, TimelineEventType type, RequestStatus from, RequestStatus to,
                                Actor actor, String comment, Instant at) {
        if (request.getId() == null) {
            throw new IllegalStateException("Save the request before writing its timeline");
        }
        String prev = request.getTimelineHeadHash() == null ? TimelineHash.GENESIS : request.getTimelineHeadHash();
        // The database keeps microseconds; hash exactly what will be read back.
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        TimelineEvent event = new TimelineEvent(request.getId(), request.getTimelineLength() + 1, type, from, to,
                actor, stored, comment, prev);
        keys.ensureRegistered();
        event.signWith(keys.current());
        request.appendedToTimeline(event.getHash());
        // Write the request first, always changed now (its timeline length and head): if someone else
        // appended meanwhile, its version check fails here with an optimistic-locking error, before our
        // event could clash with theirs on uk_timeline_seq. Signers lock the request beforehand
        // (ConsentRowLocks), so they wait for each other instead of failing.
        requests.saveAndFlush(request);
        return events.save(event);
    }
}
