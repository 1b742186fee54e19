package ir.kanoonyar.db.guideline;

/** The rules of the eligibility guideline, in the order a checklist lists them. */
public enum Rule {
    /** Age between the guideline's minimum and maximum, inclusive, on the evaluation date. */
    AGE,
    /** Education at least the guideline's minimum. */
    EDUCATION,
    /** The manager's gender matches the kanoon's audience (when the guideline asks for it). */
    GENDER,
    /** The applicant manages fewer kanoons than the guideline's maximum per manager. */
    ONE_KANOON,
    /** The guideline's required courses are passed (or will be, within N days of approval). */
    TRAINING,
    /** The kanoon has the guideline's minimum members for its area (urban or rural). */
    MEMBERS
}
