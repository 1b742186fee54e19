package ir.kanoonyar.db.consultation;

/** What became of asking a consultation or posting to one. */
public sealed interface ConsultationOutcome {

    /** Saved; the consultation's id. */
    record Done(long consultationId) implements ConsultationOutcome {
    }

    /** Refused before anything was written. */
    record Refused(ConsultationProblem problem) implements ConsultationOutcome {
    }
}
