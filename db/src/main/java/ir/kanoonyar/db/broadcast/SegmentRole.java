package ir.kanoonyar.db.broadcast;

/** Which people of the region a broadcast is for, by what they do in Kanoonyar. */
public enum SegmentRole {
    /** Everyone with a reachable chat. */
    EVERYONE,
    /** Managers of a kanoon that is not closed. */
    MANAGERS,
    /** People who have submitted at least one request. */
    APPLICANTS,
    /** Imams and heads of trustees who have answered a consent. */
    SIGNERS,
    /** Registered, but never submitted a request. */
    NEVER_SUBMITTED,
    /** Managers of a kanoon that is not closed who hold no valid training certificate. */
    MANAGERS_UNTRAINED,
    /** People with a course under way (enrolled, not passed). */
    LEARNERS,
    /** Managers of a dormant kanoon (راکد): no accepted activity report lately (kanoon_dormancy). */
    MANAGERS_DORMANT
}
