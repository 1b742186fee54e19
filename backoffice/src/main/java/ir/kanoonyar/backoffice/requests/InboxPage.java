package ir.kanoonyar.backoffice.requests;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;

/**
 * A page of the inbox.
 *
 * @param counts      how many requests of each type match the filters (without the type and step filters)
 * @param stepCounts  how many requests at each status match the filters (without the type and step filters)
 * @param total       how many match every filter: the rows of all the pages; the count limit when capped
 * @param capped      whether more than the count limit match: the total reads «بیش از …» and only the
 *                    pages within the limit are offered
 * @param countedAt   when the counts per type and step were taken, when they are kept a while (a view larger
 *                    than the count limit), else null: counted for this page
 * @param next        the keyset cursor of the next page in the waiting view's due order, or null
 * @param pageNumber  this page, from 1
 * @param pages       how many pages there are (at least 1)
 */
public record InboxPage(List<InboxRow> rows, Map<RequestType, Long> counts, Map<RequestStatus, Long> stepCounts,
                        long total, boolean capped, Instant countedAt, String next, int pageNumber, int pages) {

    public boolean hasNext() {
        return pageNumber < pages;
    }

    public boolean hasPrevious() {
        return pageNumber > 1;
    }
}
