package ir.kanoonyar.db.request;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The verdict of {@link TimelineVerifier}: intact (every signature good, or some early events written
 * before signing began), or the first problem found and which event it is at.
 *
 * @param events         how many events were checked (when intact)
 * @param firstBadSeq    the event the problem is at, or null when intact
 * @param problem        what is wrong, or null when intact
 * @param keyId          for a signature problem, the key id the event names
 * @param unsignedEvents how many events (the first ones) were written before signing began
 * @param keyIds         the key ids whose signatures were checked good, in the order they first signed
 * @param detail         an English explanation for logs
 */
public record TimelineCheck(boolean intact, int events, Integer firstBadSeq, Problem problem, String keyId,
                            int unsignedEvents, Set<String> keyIds, String detail) {

    public enum Problem {
        /** The chain is broken: an event's content no longer matches the hash the chain holds. */
        EDITED,
        /** The chain is broken: an event was put between two others. */
        INSERTED,
        /** The chain is broken: an event was removed. */
        DELETED,
        /** The chain holds, but an event's signature does not verify with its key: re-hashed without the key. */
        BAD_SIGNATURE,
        /** An event names a key id whose public key is not in timeline_key. */
        UNKNOWN_KEY,
        /** An event without a signature after signed ones: its signature was removed. */
        UNSIGNED;

        public boolean breaksTheChain() {
            return this == EDITED || this == INSERTED || this == DELETED;
        }
    }

    static TimelineCheck intact(int events, int unsignedEvents, Set<String> keyIds) {
        return new TimelineCheck(true, events, null, null, null, unsignedEvents,
                Collections.unmodifiableSet(new LinkedHashSet<>(keyIds)), null);
    }

    static TimelineCheck broken(int seq, Problem problem, String detail) {
        return new TimelineCheck(false, -1, seq, problem, null, 0, Set.of(), detail);
    }

    static TimelineCheck badSignature(int seq, Problem problem, String keyId, String detail) {
        return new TimelineCheck(false, -1, seq, problem, keyId, 0, Set.of(), detail);
    }
}
