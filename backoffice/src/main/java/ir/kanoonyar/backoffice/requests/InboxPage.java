package ir.kanoonyar.backoffice.requests;

import java.util.List;
import java.util.Map;

import ir.kanoonyar.db.request.RequestType;

/**
 * A page of the inbox.
 *
 * @param counts how many requests of each type match the filters (without the type filter)
 * @param next   the cursor of the next page, or null on the last page
 */
public record InboxPage(List<InboxRow> rows, Map<RequestType, Long> counts, long total, String next) {
}
