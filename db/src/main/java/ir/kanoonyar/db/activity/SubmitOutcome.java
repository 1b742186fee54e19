package ir.kanoonyar.db.activity;

/** What submitting a draft did. */
public sealed interface SubmitOutcome {

    /** Stored: a new report, or an edited one back in the review queue. */
    record Submitted(ActivityReport report, boolean edited) implements SubmitOutcome {
    }

    /** This draft was submitted before: nothing stored again. */
    record AlreadySubmitted(ActivityReport report) implements SubmitOutcome {
    }

    record Refused(ActivityRefusal refusal) implements SubmitOutcome {
    }
}
