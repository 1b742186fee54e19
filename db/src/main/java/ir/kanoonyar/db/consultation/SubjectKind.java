package ir.kanoonyar.db.consultation;

/**
 * What a consultation is about: a request or a ticket of the service desk. The experts never see the
 * subject itself, only what the asker wrote.
 */
public enum SubjectKind {
    REQUEST,
    TICKET
}
