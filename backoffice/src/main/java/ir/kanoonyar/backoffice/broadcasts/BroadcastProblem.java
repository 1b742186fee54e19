package ir.kanoonyar.backoffice.broadcasts;

/** Why a broadcast was not composed or moved; each with its Persian message. */
enum BroadcastProblem {
    OUT_OF_SCOPE("broadcast.error.scope"),
    COUNTY_NOT_IN_PROVINCE("broadcast.error.county"),
    ROLE("broadcast.error.role"),
    TEXT_EMPTY("broadcast.error.text"),
    TEXT_TOO_LONG("broadcast.error.textLength"),
    CAPTION_TOO_LONG("broadcast.error.captionLength"),
    FILE_TOO_LARGE("broadcast.error.fileSize"),
    NOT_A_PHOTO("broadcast.error.photo"),
    NOT_A_DOCUMENT("broadcast.error.document"),
    WHEN("broadcast.error.when"),
    PAST("broadcast.error.past"),
    NOBODY("broadcast.error.nobody"),
    MOVE("broadcast.error.move");

    final String key;

    BroadcastProblem(String key) {
        this.key = key;
    }

    /** A refusal; an OUT_OF_SCOPE one is answered "not found", as anything outside a staff member's region is. */
    static final class Refused extends RuntimeException {

        final BroadcastProblem problem;

        Refused(BroadcastProblem problem) {
            super(problem.name());
            this.problem = problem;
        }
    }
}
