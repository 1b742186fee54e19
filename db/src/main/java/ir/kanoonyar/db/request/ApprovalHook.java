package ir.kanoonyar.db.request;

import java.time.Instant;

/**
 * Something that must happen in the same transaction as a request's final approval, e.g. an approved
 * establishment creates its kanoon and licence. Implementations live in the packages that own the
 * consequence, so the request package does not depend on them.
 */
public interface ApprovalHook {

    /** Called by {@link RequestWorkflow#approve} after the request moved to APPROVED; throw to roll it back. */
    void approved(Request request, Instant at);
}
