package ir.kanoonyar.db.training;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One choice of a {@link QuizQuestion}, at {@code position} 1, 2, …; exactly one per question is correct. */
@Entity
public class QuizOption {

    public static final int TEXT_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long questionId;
    private int position;
    private String text;
    private boolean correct;

    protected QuizOption() {
    }

    QuizOption(Long questionId, int position, String text, boolean correct) {
        this.questionId = Objects.requireNonNull(questionId, "questionId");
        this.position = position;
        this.text = Objects.requireNonNull(text, "text");
        this.correct = correct;
    }

    public Long getId() {
        return id;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isCorrect() {
        return correct;
    }
}
