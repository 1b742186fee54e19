package ir.kanoonyar.backoffice.requests;

import java.time.Instant;
import java.util.Optional;

import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;

/**
 * What a staff member asked the inbox for: a view, filters, a search, the order and the page.
 *
 * @param view       which list (waiting for me, all of my region, …); a search looks across all of them
 * @param type       only requests of this type, or null
 * @param step       only requests at this status, or null
 * @param countyId   only requests of this county (always within the scope), or null
 * @param overdue    only requests past their due time
 * @param escalated  only requests escalated at their current step (past due, staff and the level above told)
 * @param search     a tracking code, a national code, part of a name or of a mosque's or kanoon's name; or null
 * @param sort       the column ordered on
 * @param descending whether in descending order
 * @param pageSize   rows per page, one of {@link #PAGE_SIZES}
 * @param pageNumber the page, from 1
 * @param after      the (dueAt, id) of the last row of the previous page when walking the waiting view in
 *                   due order (a keyset, which stays fast however deep), or null
 */
public record InboxQuery(InboxView view, RequestType type, RequestStatus step, Long countyId, boolean overdue,
                         boolean escalated, String search, InboxSort sort, boolean descending, int pageSize,
                         int pageNumber, Cursor after) {

    public static final int PAGE_SIZE = 50;
    public static final int[] PAGE_SIZES = {25, 50, 100};

    public InboxQuery {
        if (view == null) {
            view = InboxView.WAITING;
        }
        if (sort == null) {
            sort = InboxSort.defaultFor(view);
            descending = InboxSort.defaultDescending(sort);
        }
        if (!allowedSize(pageSize)) {
            pageSize = PAGE_SIZE;
        }
        pageNumber = Math.max(1, pageNumber);
    }

    private static boolean allowedSize(int size) {
        return java.util.Arrays.stream(PAGE_SIZES).anyMatch(allowed -> allowed == size);
    }

    /** The waiting view in due order, first page of 50: the inbox as it was before views and sorting. */
    public InboxQuery(RequestType type, Long countyId, boolean overdue, boolean escalated, String search,
                      Cursor after) {
        this(InboxView.WAITING, type, null, countyId, overdue, escalated, search, null, false, PAGE_SIZE, 1, after);
    }

    public boolean searching() {
        return search != null && !search.isBlank();
    }

    /** The same view and filters from its first row: for counting and exporting the whole of it. */
    InboxQuery withoutKeyset() {
        return new InboxQuery(view, type, step, countyId, overdue, escalated, search, sort, descending, pageSize, 1,
                null);
    }

    /** Whether the keyset applies: the waiting view in ascending due order, not searching across views. */
    boolean keyset() {
        return view == InboxView.WAITING && !searching() && sort == InboxSort.DUE && !descending;
    }

    /** Where a page starts: after this row in (due_at, id) order. */
    public record Cursor(Instant dueAt, long id) {

        /** {@code <ISO instant>,<id>}; empty when malformed, so a tampered link shows the first page. */
        public static Optional<Cursor> parse(String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            int comma = text.lastIndexOf(',');
            if (comma < 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Cursor(Instant.parse(text.substring(0, comma).trim()),
                        Long.parseLong(text.substring(comma + 1).trim())));
            } catch (RuntimeException malformed) {
                return Optional.empty();
            }
        }

        public String format() {
            return dueAt + "," + id;
        }
    }
}
