package ir.kanoonyar.db.training;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/**
 * The option chosen for one question in a {@link QuizAttempt}, and whether it was the correct one
 * (what "hardest questions" counts). Never changed.
 */
@Entity
@Immutable
public class QuizAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long attemptId;
    private Long questionId;
    private Long optionId;
    private boolean correct;

    protected QuizAnswer() {
    }

    QuizAnswer(Long attemptId, Long questionId, Long optionId, boolean correct) {
        this.attemptId = Objects.requireNonNull(attemptId, "attemptId");
        this.questionId = Objects.requireNonNull(questionId, "questionId");
        this.optionId = Objects.requireNonNull(optionId, "optionId");
        this.correct = correct;
    }

    public Long getId() {
        return id;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public Long getOptionId() {
        return optionId;
    }

    public boolean isCorrect() {
        return correct;
    }
}
