package ir.kanoonyar.db.request;

/** The verdict of {@link TimelineVerifier}: intact, or the first event found tampered with and how. */
public record TimelineCheck(boolean intact, int events, Integer firstBadSeq, Problem problem, String detail) {

    public enum Problem {
        EDITED,
        INSERTED,
        DELETED
    }

    static TimelineCheck intact(int events) {
        return new TimelineCheck(true, events, null, null, null);
    }

    static TimelineCheck broken(int seq, Problem problem, String detail) {
        return new TimelineCheck(false, -1, seq, problem, detail);
    }
}
