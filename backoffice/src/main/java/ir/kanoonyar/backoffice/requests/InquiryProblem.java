package ir.kanoonyar.backoffice.requests;

/** Why an inquiry could not be added or answered; each carries its Persian message key. */
public enum InquiryProblem {
    UNKNOWN_TYPE("inquiry.problem.unknownType"),
    DUPLICATE("inquiry.problem.duplicate"),
    BAD_DUE_DATE("inquiry.problem.badDueDate"),
    BAD_RESULT("inquiry.problem.badResult"),
    BAD_ANSWER_DATE("inquiry.problem.badAnswerDate"),
    ANSWER_IN_FUTURE("inquiry.problem.answerInFuture"),
    SCAN_NOT_A_DOCUMENT("inquiry.problem.scanNotADocument"),
    SCAN_TOO_LARGE("inquiry.problem.scanTooLarge"),
    TOO_LONG("inquiry.problem.tooLong"),
    CLOSED("inquiry.problem.closed"),
    CONFLICT("inquiry.problem.conflict");

    private final String key;

    InquiryProblem(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Thrown out of the inquiry service; the transaction rolls back whole. */
    public static class Refused extends RuntimeException {
        private final InquiryProblem problem;

        public Refused(InquiryProblem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public InquiryProblem problem() {
            return problem;
        }
    }
}
