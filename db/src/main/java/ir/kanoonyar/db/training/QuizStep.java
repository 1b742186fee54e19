package ir.kanoonyar.db.training;

import java.time.Instant;
import java.util.List;

/** Where a quiz stands after a move by the person ({@link QuizGrading}). */
public sealed interface QuizStep {

    /** The question to ask now: {@code number} of {@code total}, its options in order. */
    record Ask(Enrolment enrolment, QuizQuestion question, List<QuizOption> options, int number, int total)
            implements QuizStep {
    }

    /** The last answer was given: the graded attempt. */
    record Finished(QuizOutcome outcome) implements QuizStep {
    }

    /** A failed attempt's wait is not over: the person may try again from {@code at}. */
    record Wait(Instant at) implements QuizStep {
    }

    /** The course is passed already; nothing to take. */
    record AlreadyPassed(Enrolment enrolment) implements QuizStep {
    }
}
