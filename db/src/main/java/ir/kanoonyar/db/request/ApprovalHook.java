package ir.kanoonyar.db.request;

import java.time.Instant;

/**
 * Something that must happen in the same transaction as a request's final approval, e.g. an approved
 * establishment creates its kanoon and licence. Implementations live in {@code ir.kanoonyar.db.approval},
 * above both the request and the kanoon packages, so neither of those depends on the other's consequences.
 */
public interface ApprovalHook {

    /** Called by {@link RequestWorkflow#approve} after the request moved to APPROVED; throw to roll it back. */
    void approved(Request request, Instant at);
}
