package ir.kanoonyar.db.board;

/** What became of a post to the board or a pin. */
public sealed interface BoardOutcome {

    /** Saved; the topic's id. */
    record Done(long topicId) implements BoardOutcome {
    }

    /** Refused before anything was written. */
    record Refused(BoardProblem problem) implements BoardOutcome {
    }
}
