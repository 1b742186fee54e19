package ir.kanoonyar.backoffice.board;

import ir.kanoonyar.db.board.BoardProblem;

/** The Persian sentence of each refusal of the board, by its bundle key. */
enum BoardRefusal {
    NOT_FOUND("board.notFound"),
    NOT_ALLOWED("board.pinNotAllowed"),
    TITLE_EMPTY("board.titleEmpty"),
    TITLE_TOO_LONG("board.titleTooLong"),
    BODY_EMPTY("board.bodyEmpty"),
    BODY_TOO_LONG("board.bodyTooLong");

    final String key;

    BoardRefusal(String key) {
        this.key = key;
    }

    static String keyOf(BoardProblem problem) {
        return valueOf(problem.name()).key;
    }
}
