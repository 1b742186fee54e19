package ir.kanoonyar.db.ticket;

/** What a message of a ticket's thread carries; photos, documents and voice notes are kept as attachments. */
public enum TicketMessageKind {
    TEXT,
    PHOTO,
    DOCUMENT,
    VOICE
}
