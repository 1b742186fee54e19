package ir.kanoonyar.backoffice.requests;

import java.time.Instant;
import java.util.Optional;

import ir.kanoonyar.db.request.RequestType;

/**
 * What a staff member asked the inbox for: filters, a search and where the page starts.
 *
 * @param type     only requests of this type, or null
 * @param countyId only requests of this county (always within the scope), or null
 * @param overdue  only requests past their due time
 * @param escalated only requests escalated at their current step (past due, staff and the level above told)
 * @param search   a tracking code, a national code or part of a name, as typed; or null
 * @param after    the (dueAt, id) of the last row of the previous page, or null for the first page
 */
public record InboxQuery(RequestType type, Long countyId, boolean overdue, boolean escalated, String search,
                         Cursor after) {

    public static final int PAGE_SIZE = 50;

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
