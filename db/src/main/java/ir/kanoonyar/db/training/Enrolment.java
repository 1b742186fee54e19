package ir.kanoonyar.db.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A person taking one version of a course. {@code lessonPosition} is the lesson they are on, kept in
 * the database so it survives days away and restarts. While a quiz is under way,
 * {@code quizPosition} is the question being asked (1-based) and {@code quizAnswers} the option ids
 * chosen so far, in question order; both are null otherwise. A person stays on the version they
 * started even when a newer one is published. Changed through {@link Enrolments} and
 * {@link QuizGrading}.
 */
@Entity
public class Enrolment {

    private static final String SEPARATOR = ",";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long personId;
    private Long courseId;
    private Long courseVersionId;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;

    private int lessonPosition;
    private Integer quizPosition;
    private String quizAnswers;
    private int attempts;
    private Integer bestScorePercent;
    private Instant startedAt;
    private Instant updatedAt;
    private Instant passedAt;
    private Instant remindedAt;

    @Version
    private long version;

    protected Enrolment() {
    }

    Enrolment(Long personId, Long courseId, Long courseVersionId, Instant at) {
        this.personId = Objects.requireNonNull(personId, "personId");
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.courseVersionId = Objects.requireNonNull(courseVersionId, "courseVersionId");
        this.status = EnrolmentStatus.IN_PROGRESS;
        this.lessonPosition = 1;
        this.startedAt = Objects.requireNonNull(at, "at");
        this.updatedAt = at;
    }

    void moveTo(int lessonPosition, Instant at) {
        if (lessonPosition < 1) {
            throw new IllegalArgumentException("lesson positions start at 1: " + lessonPosition);
        }
        this.lessonPosition = lessonPosition;
        this.updatedAt = at;
    }

    void startQuiz(Instant at) {
        this.quizPosition = 1;
        this.quizAnswers = "";
        this.updatedAt = at;
    }

    void answer(long optionId, Instant at) {
        if (!isInQuiz()) {
            throw new IllegalStateException("No quiz under way in enrolment " + id);
        }
        this.quizAnswers = quizAnswers.isEmpty() ? Long.toString(optionId) : quizAnswers + SEPARATOR + optionId;
        this.quizPosition = quizPosition + 1;
        this.updatedAt = at;
    }

    void finishQuiz(int scorePercent, boolean passed, Instant at) {
        this.quizPosition = null;
        this.quizAnswers = null;
        this.attempts++;
        this.bestScorePercent = bestScorePercent == null ? scorePercent : Math.max(bestScorePercent, scorePercent);
        this.updatedAt = at;
        if (passed && status != EnrolmentStatus.PASSED) {
            this.status = EnrolmentStatus.PASSED;
            this.passedAt = at;
        }
    }

    void reminded(Instant at) {
        this.remindedAt = at;
    }

    public boolean isInQuiz() {
        return quizPosition != null;
    }

    public boolean isPassed() {
        return status == EnrolmentStatus.PASSED;
    }

    /** The option ids chosen in the quiz under way, in question order; empty when none. */
    public List<Long> getQuizAnswerIds() {
        if (quizAnswers == null || quizAnswers.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(quizAnswers.split(SEPARATOR)).map(Long::valueOf).toList());
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Long getCourseVersionId() {
        return courseVersionId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    /** The lesson the person is on; 1 for the first. */
    public int getLessonPosition() {
        return lessonPosition;
    }

    /** The question being asked in a quiz under way (1-based); null when no quiz is under way. */
    public Integer getQuizPosition() {
        return quizPosition;
    }

    /** Finished quiz attempts. */
    public int getAttempts() {
        return attempts;
    }

    /** The best score of the finished attempts, in percent; null before the first. */
    public Integer getBestScorePercent() {
        return bestScorePercent;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** The last time the person moved on (a lesson, an answer); what reminders look at. */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPassedAt() {
        return passedAt;
    }

    public long getVersion() {
        return version;
    }
}
