package ir.kanoonyar.db.request;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/** Appends signed events to a request's timeline; the request row keeps the chain's length and head. */
@Component
public class Timeline {

    private final TimelineEventRepository events;
    private final RequestRepository requests;

    public Timeline(TimelineEventRepository events, RequestRepository requests) {
        this.events = events;
        this.requests = requests;
    }

    public TimelineEvent append(Request request, TimelineEventType type, RequestStatus from, RequestStatus to,
                                Actor actor, String comment, Instant at) {
        if (request.getId() == null) {
            throw new IllegalStateException("Save the request before writing its timeline");
        }
        // Write the request's change first: if another reviewer decided meanwhile, its version check
        // fails here with an optimistic-locking error, before our event could clash with theirs.
        requests.saveAndFlush(request);
        String prev = request.getTimelineHeadHash() == null ? TimelineHash.GENESIS : request.getTimelineHeadHash();
        // The database keeps microseconds; hash exactly what will be read back.
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        TimelineEvent event = new TimelineEvent(request.getId(), request.getTimelineLength() + 1, type, from, to,
                actor, stored, comment, prev);
        request.appendedToTimeline(event.getHash());
        return events.save(event);
    }
}
