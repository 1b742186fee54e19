package ir.kanoonyar.db.board;

/** Why a board post or a pin was refused; nothing is written then. */
public enum BoardProblem {
    /** No such topic (or a forged id). */
    NOT_FOUND,
    /** Only the national admin pins a topic. */
    NOT_ALLOWED,
    TITLE_EMPTY,
    TITLE_TOO_LONG,
    BODY_EMPTY,
    BODY_TOO_LONG
}
