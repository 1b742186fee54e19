package ir.kanoonyar.db.consultation;

/**
 * What a consultation is about. A ticket of the service desk will be the second kind; the experts
 * never see the subject itself, only what the asker wrote.
 */
public enum SubjectKind {
    REQUEST
}
