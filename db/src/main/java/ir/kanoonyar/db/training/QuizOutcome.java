package ir.kanoonyar.db.training;

import java.time.Instant;
import java.util.List;

/**
 * A graded quiz: the attempt (score, passed), each question with the option chosen and the correct
 * one, the certificate when it passed, and when a failed one may be retried.
 */
public record QuizOutcome(QuizAttempt attempt, List<Review> reviews, Certificate certificate, Instant retryAt) {

    public boolean passed() {
        return attempt.isPassed();
    }

    /** One question of the attempt: what was chosen and what was right. */
    public record Review(QuizQuestion question, QuizOption chosen, QuizOption correct) {

        public boolean isRight() {
            return chosen.getId().equals(correct.getId());
        }
    }
}
