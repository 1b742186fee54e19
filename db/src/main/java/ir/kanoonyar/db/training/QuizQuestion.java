package ir.kanoonyar.db.training;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A multiple-choice question of a course version's quiz, at {@code position} 1, 2, …; its
 * {@link QuizOption}s hold the choices, exactly one of them correct. Changed only while its version
 * is a draft, through {@link CourseAuthoring}.
 */
@Entity
public class QuizQuestion {

    public static final int TEXT_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long courseVersionId;
    private int position;
    private String text;

    protected QuizQuestion() {
    }

    QuizQuestion(Long courseVersionId, int position, String text) {
        this.courseVersionId = Objects.requireNonNull(courseVersionId, "courseVersionId");
        this.position = position;
        this.text = Objects.requireNonNull(text, "text");
    }

    void change(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Long getCourseVersionId() {
        return courseVersionId;
    }

    /** 1 for the first question. */
    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
