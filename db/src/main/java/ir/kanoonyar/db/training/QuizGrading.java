package ir.kanoonyar.db.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a person through their enrolment's quiz, one question at a time, and grades it: the score
 * in percent (rounded to the nearest) against the version's pass mark. A pass issues the certificate; a fail
 * may be retried once the version's wait is over. The quiz under way is kept in the enrolment, so a
 * person can leave and come back to the same question.
 */
@Service
@Transactional
public class QuizGrading {

    private final EnrolmentRepository enrolments;
    private final CourseVersionRepository versions;
    private final QuizQuestionRepository questions;
    private final QuizOptionRepository options;
    private final QuizAttemptRepository attempts;
    private final QuizAnswerRepository answers;
    private final CertificateIssuing certificates;
    private final Clock clock;

    public QuizGrading(EnrolmentRepository enrolments, CourseVersionRepository versions,
                       QuizQuestionRepository questions, QuizOptionRepository options, QuizAttemptRepository attempts,
                       QuizAnswerRepository answers, CertificateIssuing certificates, Clock clock) {
        this.enrolments = enrolments;
        this.versions = versions;
        this.questions = questions;
        this.options = options;
        this.attempts = attempts;
        this.answers = answers;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** When a failed enrolment may take the quiz again; empty when it may now (or never failed, or passed). */
    @Transactional(readOnly = true)
    public Optional<Instant> retryAt(Enrolment enrolment) {
        if (enrolment.isPassed()) {
            return Optional.empty();
        }
        return attempts.findFirstByEnrolmentIdOrderByAttemptNumberDesc(enrolment.getId())
                .map(last -> last.getFinishedAt().plus(Duration.ofMinutes(
                        versions.findById(enrolment.getCourseVersionId()).orElseThrow().getRetryWaitMinutes())))
                .filter(at -> at.isAfter(clock.instant()));
    }

    /**
     * Starts the quiz, or resumes the one under way at its question.
     *
     * @return the question to ask, {@link QuizStep.Wait} while a failed attempt's wait lasts, or
     *         {@link QuizStep.AlreadyPassed}
     */
    public QuizStep start(long enrolmentId) {
        Enrolment enrolment = enrolment(enrolmentId);
        if (enrolment.isPassed()) {
            return new QuizStep.AlreadyPassed(enrolment);
        }
        if (enrolment.isInQuiz()) {
            return ask(enrolment);
        }
        Optional<Instant> wait = retryAt(enrolment);
        if (wait.isPresent()) {
            return new QuizStep.Wait(wait.get());
        }
        enrolment.startQuiz(clock.instant());
        return ask(enrolment);
    }

    /**
     * Records the answer to the question being asked and moves on; the last answer grades the quiz.
     * An answer to another question than the one being asked (an old button pressed again) changes
     * nothing and asks the current question again.
     */
    public QuizStep answer(long enrolmentId, long questionId, long optionId) {
        Enrolment enrolment = enrolment(enrolmentId);
        if (enrolment.isPassed()) {
            return new QuizStep.AlreadyPassed(enrolment);
        }
        if (!enrolment.isInQuiz()) {
            return start(enrolmentId);
        }
        QuizQuestion current = questions.findByCourseVersionIdAndPosition(enrolment.getCourseVersionId(),
                enrolment.getQuizPosition()).orElseThrow();
        boolean belongs = options.findById(optionId).filter(o -> o.getQuestionId().equals(questionId)).isPresent();
        if (current.getId() != questionId || !belongs) {
            return ask(enrolment);
        }
        enrolment.answer(optionId, clock.instant());
        if (enrolment.getQuizPosition() <= questions.countByCourseVersionId(enrolment.getCourseVersionId())) {
            return ask(enrolment);
        }
        return new QuizStep.Finished(grade(enrolment));
    }

    private QuizOutcome grade(Enrolment enrolment) {
        CourseVersion version = versions.findById(enrolment.getCourseVersionId()).orElseThrow();
        List<QuizQuestion> asked = questions.findByCourseVersionIdOrderByPosition(version.getId());
        Map<Long, QuizOption> optionsById = options.findByQuestionIdInOrderByQuestionIdAscPositionAsc(
                asked.stream().map(QuizQuestion::getId).toList()).stream()
                .collect(Collectors.toMap(QuizOption::getId, Function.identity()));
        List<Long> chosen = enrolment.getQuizAnswerIds();
        List<QuizOutcome.Review> reviews = new ArrayList<>(asked.size());
        int right = 0;
        for (int i = 0; i < asked.size(); i++) {
            QuizQuestion question = asked.get(i);
            QuizOption choice = optionsById.get(chosen.get(i));
            QuizOption correct = optionsById.values().stream()
                    .filter(o -> o.getQuestionId().equals(question.getId()) && o.isCorrect())
                    .findFirst().orElseThrow(() -> new IllegalStateException("Question " + question.getId()
                            + " has no correct option"));
            QuizOutcome.Review review = new QuizOutcome.Review(question, choice, correct);
            reviews.add(review);
            right += review.isRight() ? 1 : 0;
        }
        Instant now = clock.instant();
        int score = QuizAttempt.scorePercent(right, asked.size());
        boolean passed = version.passes(score);
        QuizAttempt attempt = attempts.saveAndFlush(new QuizAttempt(enrolment, enrolment.getAttempts() + 1, right,
                asked.size(), passed, now));
        for (QuizOutcome.Review review : reviews) {
            answers.save(new QuizAnswer(attempt.getId(), review.question().getId(), review.chosen().getId(),
                    review.isRight()));
        }
        enrolment.finishQuiz(score, passed, now);
        if (passed) {
            return new QuizOutcome(attempt, reviews, certificates.issue(enrolment, attempt), null);
        }
        return new QuizOutcome(attempt, reviews, null, now.plus(Duration.ofMinutes(version.getRetryWaitMinutes())));
    }

    private QuizStep.Ask ask(Enrolment enrolment) {
        QuizQuestion question = questions.findByCourseVersionIdAndPosition(enrolment.getCourseVersionId(),
                enrolment.getQuizPosition()).orElseThrow();
        return new QuizStep.Ask(enrolment, question, options.findByQuestionIdOrderByPosition(question.getId()),
                question.getPosition(), questions.countByCourseVersionId(enrolment.getCourseVersionId()));
    }

    private Enrolment enrolment(long enrolmentId) {
        return enrolments.findById(enrolmentId)
                .orElseThrow(() -> new IllegalArgumentException("No enrolment " + enrolmentId));
    }
}
