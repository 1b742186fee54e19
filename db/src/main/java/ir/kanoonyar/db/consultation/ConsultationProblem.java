package ir.kanoonyar.db.consultation;

/** Why a consultation was not asked or a post not added; nothing is written then. */
public enum ConsultationProblem {
    /** No such consultation, or the staff member is not one of its participants: the two are not told apart. */
    NOT_FOUND,
    QUESTION_EMPTY,
    QUESTION_TOO_LONG,
    EXCERPT_EMPTY,
    EXCERPT_TOO_LONG,
    NO_EXPERT,
    TOO_MANY_EXPERTS,
    /** An expert who does not exist, is disabled, does not take consultations or is of the case's province. */
    EXPERT_NOT_AVAILABLE,
    ANSWER_EMPTY,
    ANSWER_TOO_LONG
}
