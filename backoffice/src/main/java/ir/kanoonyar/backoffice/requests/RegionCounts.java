package ir.kanoonyar.backoffice.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.staff.StaffRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The inbox's counts per type and per step of a view larger than the count limit, kept a short while
 * per region, view and filters. At a million requests, counting a province's tens of thousands of
 * index entries on every page was most of the page's time; the page says when they were counted. Staff
 * who ask while a colleague's count of the same view runs wait for that one instead of starting theirs.
 * Each back-office instance keeps its own: they are figures to orient by, never a decision's basis.
 */
@Component
class RegionCounts {

    /** More views than this (regions × views × filters) and the stale ones are dropped. */
    private static final int MOST_VIEWS = 2_000;

    /** What the counts were taken over: the scope, the view and the filters that are not type or step. */
    record Key(StaffRole role, Long provinceId, Long countyId, InboxView view, String decidedBy, Long countyFilter,
               boolean overdue, boolean escalated) {
    }

    /** The counts of a view and when they were taken. */
    record Counted(Map<RequestType, Long> types, Map<RequestStatus, Long> steps, Instant at) {

        Counted {
            // Shared by every page that reads them while they are kept.
            types = Collections.unmodifiableMap(types);
            steps = Collections.unmodifiableMap(steps);
        }
    }

    private record Entry(FutureTask<Counted> counting, Instant started) {
    }

    private final Duration freshFor;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

    RegionCounts(@Value("${kanoonyar.inbox-counts.fresh-for:60s}") Duration freshFor) {
        this.freshFor = freshFor;
    }

    Duration freshFor() {
        return freshFor;
    }

    /** The counts of this view, taken by {@code count} unless a fresh enough count is kept. */
    Counted get(Key key, Instant now, Supplier<Counted> count) {
        if (entries.size() > MOST_VIEWS) {
            entries.values().removeIf(e -> stale(e, now));
        }
        Entry entry = entries.compute(key, (k, kept) -> kept != null && !stale(kept, now) ? kept
                : new Entry(new FutureTask<>(count::get), now));
        // Runs the count on this thread unless another has run or is running it.
        entry.counting().run();
        try {
            return entry.counting().get();
        } catch (ExecutionException failed) {
            entries.remove(key, entry);
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private boolean stale(Entry entry, Instant now) {
        return !entry.started().plus(freshFor).isAfter(now);
    }
}
