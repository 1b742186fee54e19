package ir.kanoonyar.db.guideline;

/** The result of one rule: passed, failed (blocks the request) or a warning (does not block). */
public enum Outcome {
    PASS,
    FAIL,
    WARN
}
