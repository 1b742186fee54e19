package ir.kanoonyar.db.training;

/**
 * A change to a course that its rules refuse. {@link #problem()} tells which, so each app can give
 * its own Persian reason.
 */
public class CourseContentException extends RuntimeException {

    public enum Problem {
        /** The version is published or retired: make a new draft instead. */
        NOT_A_DRAFT,
        TITLE_MISSING,
        TEXT_TOO_LONG,
        PASS_MARK_OUT_OF_RANGE,
        RETRY_WAIT_NEGATIVE,
        /** The code is empty, too long or not letters, digits, '_' and '-'. */
        CODE_INVALID,
        CODE_TAKEN,
        /** A PHOTO, DOCUMENT or VIDEO lesson has no media, or the media is of the wrong type. */
        LESSON_MEDIA_MISSING,
        /** A LINK lesson has no http(s) address. */
        LESSON_URL_INVALID,
        /** A TEXT lesson has no text. */
        LESSON_TEXT_MISSING,
        /** A question has fewer than two options or not exactly one correct one. */
        QUESTION_OPTIONS_INVALID,
        /** A version to publish has no lesson. */
        NO_LESSONS,
        /** A version to publish has no question. */
        NO_QUESTIONS,
        /** A certificate is revoked only with a reason, which its holder is told. */
        REVOKE_REASON_MISSING
    }

    private final Problem problem;

    public CourseContentException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
