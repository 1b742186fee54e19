package ir.kanoonyar.backoffice.board;

/** A topic or a reply as the board's pages show it: the author by name and place, the time in Jalali. */
record BoardPost(long id, String title, String body, String author, String when, boolean pinned, String replies) {
}
