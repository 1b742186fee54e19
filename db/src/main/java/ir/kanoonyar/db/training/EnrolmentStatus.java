package ir.kanoonyar.db.training;

/** IN_PROGRESS until the quiz is passed; PASSED then (a certificate exists). */
public enum EnrolmentStatus {
    IN_PROGRESS,
    PASSED
}
