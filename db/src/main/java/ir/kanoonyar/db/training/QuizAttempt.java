package ir.kanoonyar.db.training;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/**
 * A finished quiz: how many of the version's questions were right, the score in percent (rounded
 * down) and whether it reached the pass mark. Its answers are {@link QuizAnswer} rows. Never changed.
 */
@Entity
@Immutable
public class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enrolmentId;
    private Long personId;
    private Long courseVersionId;
    private int attemptNumber;
    private int correctCount;
    private int questionCount;
    private int scorePercent;
    private boolean passed;
    private Instant finishedAt;

    protected QuizAttempt() {
    }

    QuizAttempt(Enrolment enrolment, int attemptNumber, int correctCount, int questionCount, boolean passed,
                Instant finishedAt) {
        if (questionCount < 1 || correctCount < 0 || correctCount > questionCount) {
            throw new IllegalArgumentException(correctCount + " right of " + questionCount);
        }
        this.enrolmentId = Objects.requireNonNull(enrolment.getId(), "enrolment id");
        this.personId = enrolment.getPersonId();
        this.courseVersionId = enrolment.getCourseVersionId();
        this.attemptNumber = attemptNumber;
        this.correctCount = correctCount;
        this.questionCount = questionCount;
        this.scorePercent = scorePercent(correctCount, questionCount);
        this.passed = passed;
        this.finishedAt = Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /**
     * Rounded to the nearest whole percent, halves up: 2 of 3 is 67, as a person would work it out. The
     * pass mark is compared with this very number, so the score a person reads never contradicts the
     * verdict beside it («۶۷ از ۱۰۰، نمره‌ی قبولی ۶۷» is a pass).
     */
    static int scorePercent(int correct, int questions) {
        return (correct * 200 + questions) / (2 * questions);
    }

    public Long getId() {
        return id;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getCourseVersionId() {
        return courseVersionId;
    }

    /** 1 for the first attempt of the enrolment. */
    public int getAttemptNumber() {
        return attemptNumber;
    }

    public int getCorrectCount() {
        return correctCount;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public int getScorePercent() {
        return scorePercent;
    }

    public boolean isPassed() {
        return passed;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
