package ir.kanoonyar.db.request;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;

/**
 * Lets two signers of one request sign at the same moment, one after the other. Each locks the
 * request row first ({@code SELECT … FOR UPDATE}): the second waits until the first committed, then
 * re-reads the request (its timeline length and head, its version) and every consent of it as the
 * first left them. Without this, both computed the same next timeline seq from the state they had
 * read, and the second failed on {@code uk_timeline_seq} or the request's version; and a plain read in
 * the second's transaction (repeatable read) would not see the first's signature, so neither would
 * see the consents complete.
 */
@Component
class ConsentRowLocks {

    @PersistenceContext
    private EntityManager entityManager;

    private final ConsentRepository consents;

    ConsentRowLocks(ConsentRepository consents) {
        this.consents = consents;
    }

    /** Call before anything of the request or its consents is changed: refreshing drops changes. */
    void lockAndRefresh(Request request) {
        entityManager.refresh(request, LockModeType.PESSIMISTIC_WRITE);
        // The consents were written when the request was drafted: the set is known; their state is
        // what may have moved, and a locking read sees the latest committed one.
        for (Consent consent : consents.findByRequestId(request.getId())) {
            entityManager.refresh(consent, LockModeType.PESSIMISTIC_WRITE);
        }
    }
}
