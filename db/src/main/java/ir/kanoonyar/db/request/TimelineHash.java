package ir.kanoonyar.db.request;

import ir.kanoonyar.db.hash.Sha256;

/**
 * SHA-256 over an event's content and the previous event's hash. Fields are joined with the ASCII
 * unit separator, which cannot appear in typed text, so two different events never serialise alike.
 */
final class TimelineHash {

    /** The "previous hash" of a request's first event. */
    static final String GENESIS = "0".repeat(64);

    private static final char SEPARATOR = '\u001F';

    private TimelineHash() {
    }

    static String of(TimelineEvent e) {
        String canonical = String.join(String.valueOf(SEPARATOR),
                "v1",
                String.valueOf(e.getRequestId()),
                String.valueOf(e.getSeq()),
                e.getEventType().name(),
                e.getFromStatus() == null ? "" : e.getFromStatus().name(),
                e.getToStatus() == null ? "" : e.getToStatus().name(),
                e.getActor(),
                e.getActorRole().name(),
                // epoch microseconds: what DATETIME(6) keeps, so a re-read event hashes the same.
                String.valueOf(e.getOccurredAt().getEpochSecond() * 1_000_000L + e.getOccurredAt().getNano() / 1_000),
                e.getComment() == null ? "" : e.getComment(),
                e.getPrevHash());
        return Sha256.hex(canonical);
    }
}
