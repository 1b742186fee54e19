package ir.kanoonyar.bot.flows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Handler;
import ir.kanoonyar.bot.conversation.Next;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.StateTable;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.media.MediaLibrary;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.training.Certificate;
import ir.kanoonyar.db.training.CertificateRepository;
import ir.kanoonyar.db.training.CourseProgress;
import ir.kanoonyar.db.training.CourseVersion;
import ir.kanoonyar.db.training.CourseVersionRepository;
import ir.kanoonyar.db.training.Enrolment;
import ir.kanoonyar.db.training.EnrolmentRepository;
import ir.kanoonyar.db.training.Enrolments;
import ir.kanoonyar.db.training.Lesson;
import ir.kanoonyar.db.training.QuizGrading;
import ir.kanoonyar.db.training.QuizOption;
import ir.kanoonyar.db.training.QuizOutcome;
import ir.kanoonyar.db.training.QuizQuestionRepository;
import ir.kanoonyar.db.training.QuizStep;
import org.springframework.stereotype.Component;

/**
 * Training in the chat: the person's courses with their progress, a course lesson by lesson with
 * «قبلی» and «بعدی», the quiz one question at a time with inline buttons, the result with the right
 * answers, and for a pass the certificate as an image and a PDF.
 * <p>
 * Nothing of it lives in the conversation state: the place in a course and a quiz under way are in
 * the enrolment, so they survive restarts, days away and /cancel. Buttons carry the enrolment and
 * the target ({@link ButtonData.Training}), so pressing one twice does the same thing twice. Each start
 * answers and leaves the chat at the main menu, but for a quiz question: the chat then waits in
 * {@link #QUIZ} (holding only the enrolment's id), so an answer typed instead of pressed is taken, or
 * the question asked again, rather than the menu answering and making the question's buttons stale.
 */
@Component
public class TrainingFlow implements Flow {

    public static final String ID = "TRAINING";

    /** A quiz question is asked and awaits its answer. */
    static final String QUIZ = "QUIZ";

    private final StateTable table;

    private final Texts texts;
    private final PersonRepository persons;
    private final Enrolments enrolments;
    private final EnrolmentRepository enrolmentRows;
    private final CourseVersionRepository versions;
    private final QuizQuestionRepository questions;
    private final QuizGrading grading;
    private final CertificateRepository certificates;
    private final MediaLibrary media;

    public TrainingFlow(Texts texts, PersonRepository persons, Enrolments enrolments, EnrolmentRepository enrolmentRows,
                        CourseVersionRepository versions, QuizQuestionRepository questions, QuizGrading grading,
                        CertificateRepository certificates, MediaLibrary media) {
        this.texts = texts;
        this.persons = persons;
        this.enrolments = enrolments;
        this.enrolmentRows = enrolmentRows;
        this.versions = versions;
        this.questions = questions;
        this.grading = grading;
        this.certificates = certificates;
        this.media = media;
        this.table = StateTable.builder()
                .start(StateTable.declared().to(QUIZ))
                .state(QUIZ,
                        Handler.button(ButtonData.Training.class, (t, b) -> onButton(t, b)).to(QUIZ),
                        Handler.text((t, typed) -> typedAnswer(t, typed.text())).to(QUIZ),
                        Handler.otherwise(t -> askAgain(t, Text.TRAINING_ANSWER_WITH_BUTTONS)).to(QUIZ))
                .build();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StateTable table() {
        return table;
    }

    /** null: «دوره‌های من»; a {@link ButtonData.Training}: that button. */
    @Override
    public Next start(Turn turn, Object argument) {
        if (argument instanceof ButtonData.Training button) {
            return onButton(turn, button);
        }
        show(turn);
        return Next.idle();
    }

    /** «دوره‌های من»: every course open to the person, with where they are in it. */
    private void show(Turn turn) {
        Optional<Person> person = registered(turn);
        if (person.isEmpty()) {
            turn.say(texts.get(Text.TRAINING_REGISTER_FIRST));
            return;
        }
        List<CourseProgress> courses = enrolments.coursesOf(person.get());
        if (courses.isEmpty()) {
            turn.say(texts.get(Text.TRAINING_NONE));
            return;
        }
        int stamp = turn.nextStamp();
        StringBuilder text = new StringBuilder(texts.get(Text.TRAINING_LIST_TITLE));
        List<List<Reply.Button>> rows = new ArrayList<>();
        int n = 0;
        for (CourseProgress course : courses) {
            text.append('\n').append(texts.get(Text.TRAINING_LINE, ++n, course.version().getTitle(), status(course)));
            rows.add(List.of(Reply.Button.callback(course.version().getTitle(),
                    stamp, new ButtonData.TrainingOpen(course.course().getId()))));
        }
        turn.say(new Reply(text.toString(), Reply.Keyboard.inline(rows)));
    }

    private Next onButton(Turn turn, ButtonData.Training button) {
        Optional<Person> person = registered(turn);
        if (person.isEmpty()) {
            turn.say(texts.get(Text.TRAINING_REGISTER_FIRST));
            return Next.idle();
        }
        if (button instanceof ButtonData.TrainingList) {
            show(turn);
        } else if (button instanceof ButtonData.TrainingOpen open) {
            open(turn, person.get(), open.courseId());
        } else if (button instanceof ButtonData.TrainingGo go) {
            own(person.get(), go.enrolmentId()).ifPresentOrElse(e -> lesson(turn, e, go.lesson()), () -> gone(turn));
        } else if (button instanceof ButtonData.TrainingQuiz quiz) {
            Optional<Enrolment> enrolment = own(person.get(), quiz.enrolmentId());
            if (enrolment.isPresent()) {
                return step(turn, grading.start(enrolment.get().getId()));
            }
            gone(turn);
        } else if (button instanceof ButtonData.TrainingAnswer answer) {
            Optional<Enrolment> enrolment = own(person.get(), answer.enrolmentId());
            if (enrolment.isPresent()) {
                return step(turn, grading.answer(enrolment.get().getId(), answer.questionId(), answer.optionId()));
            }
            gone(turn);
        } else if (button instanceof ButtonData.TrainingCertificate cert) {
            own(person.get(), cert.enrolmentId()).ifPresentOrElse(
                    e -> certificates.findByPersonIdAndCourseVersionId(e.getPersonId(), e.getCourseVersionId())
                            .ifPresentOrElse(c -> sendCertificate(turn, c), () -> gone(turn)),
                    () -> gone(turn));
        }
        return Next.idle();
    }

    /**
     * Text typed while a question waits: an option's text (spelling variants allowed) answers it, anything
     * else asks the question again with fresh buttons; the quiz stays open either way.
     */
    private Next typedAnswer(Turn turn, String typed) {
        Optional<QuizStep.Ask> current = currentQuestion(turn);
        if (current.isEmpty()) {
            return quizGone(turn);
        }
        QuizStep.Ask ask = current.get();
        String key = PersianText.matchKey(typed);
        Optional<QuizOption> chosen = key == null || key.isEmpty() ? Optional.empty()
                : ask.options().stream().filter(o -> key.equals(PersianText.matchKey(o.getText()))).findFirst();
        if (chosen.isPresent()) {
            return step(turn, grading.answer(ask.enrolment().getId(), ask.question().getId(), chosen.get().getId()));
        }
        turn.say(texts.get(Text.TRAINING_ANSWER_WITH_BUTTONS));
        return ask(turn, ask);
    }

    private Next askAgain(Turn turn, Text why) {
        Optional<QuizStep.Ask> current = currentQuestion(turn);
        if (current.isEmpty()) {
            return quizGone(turn);
        }
        turn.say(texts.get(why));
        return ask(turn, current.get());
    }

    /** The question of the quiz this chat waits in, if that quiz is still under way. */
    private Optional<QuizStep.Ask> currentQuestion(Turn turn) {
        Long enrolmentId = turn.state().enrolmentId;
        Optional<Person> person = registered(turn);
        if (enrolmentId == null || person.isEmpty()) {
            return Optional.empty();
        }
        return own(person.get(), enrolmentId).filter(Enrolment::isInQuiz)
                .map(e -> grading.start(e.getId()))
                .filter(QuizStep.Ask.class::isInstance).map(QuizStep.Ask.class::cast);
    }

    /** The quiz ended meanwhile (in another chat, or the course was withdrawn): back to the courses. */
    private Next quizGone(Turn turn) {
        show(turn);
        return Next.idle();
    }

    private void open(Turn turn, Person person, long courseId) {
        Optional<CourseProgress> course = enrolments.courseOf(person, courseId);
        if (course.isEmpty() || (!course.get().isStarted() && !course.get().course().isOpenTo(person.getProvinceId()))) {
            gone(turn);
            return;
        }
        boolean fresh = !course.get().isStarted();
        Enrolment enrolment = enrolments.enrol(person, courseId);
        CourseVersion version = course.get().version();
        if (enrolment.isPassed()) {
            alreadyPassed(turn, enrolment, version);
            return;
        }
        if (enrolment.isInQuiz()) {
            step(turn, grading.start(enrolment.getId()));
            return;
        }
        if (fresh) {
            turn.say(texts.get(Text.TRAINING_COURSE_INTRO, version.getTitle(),
                    version.getSummary() == null ? "" : version.getSummary(), course.get().lessonCount(),
                    questions.countByCourseVersionId(version.getId()), version.getPassMarkPercent()));
        }
        lesson(turn, enrolment, enrolment.getLessonPosition());
    }

    /** Moves the person to a lesson and shows it: its file first, then its text with the buttons. */
    private void lesson(Turn turn, Enrolment enrolment, int position) {
        Lesson lesson = enrolments.moveTo(enrolment.getId(), position);
        int count = enrolments.lessonCount(enrolment.getCourseVersionId());
        String heading = texts.get(Text.TRAINING_LESSON, lesson.getPosition(), count, lesson.getTitle());
        if (lesson.getKind().hasMedia() && lesson.getMediaId() != null) {
            // PHOTO, DOCUMENT and VIDEO, the kinds with media, are named alike in both.
            Reply.Media.Kind kind = Reply.Media.Kind.valueOf(lesson.getKind().name());
            turn.say(Reply.media(MediaLibrary.lessonMedia(kind, lesson.getMediaId()), heading));
        }
        StringBuilder text = new StringBuilder(heading);
        if (!lesson.getBody().isEmpty()) {
            text.append("\n\n").append(lesson.getBody());
        }
        if (lesson.getUrl() != null) {
            text.append("\n\n").append(texts.get(Text.TRAINING_LESSON_LINK, lesson.getUrl()));
        }
        int stamp = turn.nextStamp();
        long e = enrolment.getId();
        List<Reply.Button> move = new ArrayList<>();
        // Right to left: the first button of a row is the leftmost, so «بعدی» comes first.
        if (lesson.getPosition() < count) {
            move.add(Reply.Button.callback(texts.get(Text.TRAINING_NEXT),
                    stamp, new ButtonData.TrainingGo(e, lesson.getPosition() + 1)));
        } else if (!enrolment.isPassed()) {
            move.add(Reply.Button.callback(texts.get(Text.TRAINING_START_QUIZ), stamp, new ButtonData.TrainingQuiz(e)));
        }
        if (lesson.getPosition() > 1) {
            move.add(Reply.Button.callback(texts.get(Text.TRAINING_PREVIOUS),
                    stamp, new ButtonData.TrainingGo(e, lesson.getPosition() - 1)));
        }
        List<List<Reply.Button>> rows = new ArrayList<>();
        if (!move.isEmpty()) {
            rows.add(move);
        }
        rows.add(List.of(Reply.Button.callback(texts.get(Text.TRAINING_MY_COURSES),
                stamp, new ButtonData.TrainingList())));
        turn.say(new Reply(text.toString(), Reply.Keyboard.inline(rows)));
    }

    private Next step(Turn turn, QuizStep step) {
        if (step instanceof QuizStep.Ask ask) {
            return ask(turn, ask);
        } else if (step instanceof QuizStep.Finished finished) {
            finished(turn, finished.outcome());
        } else if (step instanceof QuizStep.Wait wait) {
            turn.say(texts.get(Text.TRAINING_WAIT, when(wait.at())));
        } else if (step instanceof QuizStep.AlreadyPassed passed) {
            alreadyPassed(turn, passed.enrolment(),
                    versions.findById(passed.enrolment().getCourseVersionId()).orElseThrow());
        }
        return Next.idle();
    }

    private Next ask(Turn turn, QuizStep.Ask ask) {
        int stamp = turn.nextStamp();
        List<List<Reply.Button>> rows = new ArrayList<>();
        for (QuizOption option : ask.options()) {
            rows.add(List.of(Reply.Button.callback(option.getText(), stamp,
                    new ButtonData.TrainingAnswer(ask.enrolment().getId(), ask.question().getId(), option.getId()))));
        }
        turn.say(new Reply(texts.get(Text.TRAINING_QUESTION, ask.number(), ask.total(), ask.question().getText()),
                Reply.Keyboard.inline(rows)));
        turn.state().enrolmentId = ask.enrolment().getId();
        return Next.to(QUIZ);
    }

    private void finished(Turn turn, QuizOutcome outcome) {
        CourseVersion version = versions.findById(outcome.attempt().getCourseVersionId()).orElseThrow();
        var attempt = outcome.attempt();
        turn.say(texts.get(outcome.passed() ? Text.TRAINING_PASSED : Text.TRAINING_FAILED, version.getTitle(),
                attempt.getScorePercent(), attempt.getCorrectCount(), attempt.getQuestionCount(),
                version.getPassMarkPercent()));
        StringBuilder review = new StringBuilder(texts.get(Text.TRAINING_REVIEW_TITLE));
        int n = 0;
        for (QuizOutcome.Review r : outcome.reviews()) {
            review.append("\n\n").append(r.isRight()
                    ? texts.get(Text.TRAINING_REVIEW_RIGHT, ++n, r.question().getText(), r.chosen().getText())
                    : texts.get(Text.TRAINING_REVIEW_WRONG, ++n, r.question().getText(), r.chosen().getText(),
                            r.correct().getText()));
        }
        turn.say(review.toString());
        if (outcome.passed()) {
            sendCertificate(turn, outcome.certificate());
            return;
        }
        int stamp = turn.nextStamp();
        long e = attempt.getEnrolmentId();
        List<List<Reply.Button>> rows = new ArrayList<>();
        boolean now = version.getRetryWaitMinutes() == 0;
        if (now) {
            rows.add(List.of(Reply.Button.callback(texts.get(Text.TRAINING_RETRY_QUIZ),
                    stamp, new ButtonData.TrainingQuiz(e))));
        }
        rows.add(List.of(Reply.Button.callback(texts.get(Text.TRAINING_REVIEW_LESSONS),
                stamp, new ButtonData.TrainingGo(e, 1))));
        turn.say(new Reply(now ? texts.get(Text.TRAINING_RETRY_NOW) : texts.get(Text.TRAINING_RETRY_AT, when(outcome.retryAt())),
                Reply.Keyboard.inline(rows)));
    }

    private void alreadyPassed(Turn turn, Enrolment enrolment, CourseVersion version) {
        Optional<Certificate> certificate = certificates.findByPersonIdAndCourseVersionId(enrolment.getPersonId(),
                enrolment.getCourseVersionId());
        int stamp = turn.nextStamp();
        List<List<Reply.Button>> rows = new ArrayList<>();
        Reply.Button review = Reply.Button.callback(texts.get(Text.TRAINING_REVIEW_LESSONS),
                stamp, new ButtonData.TrainingGo(enrolment.getId(), 1));
        if (certificate.isPresent() && !certificate.get().isValid()) {
            turn.say(new Reply(revoked(certificate.get()), Reply.Keyboard.inline(List.of(List.of(review)))));
            return;
        }
        rows.add(List.of(Reply.Button.callback(texts.get(Text.TRAINING_SEND_CERTIFICATE),
                stamp, new ButtonData.TrainingCertificate(enrolment.getId()))));
        rows.add(List.of(review));
        turn.say(new Reply(texts.get(Text.TRAINING_ALREADY_PASSED, version.getTitle(),
                enrolment.getBestScorePercent() == null ? 0 : enrolment.getBestScorePercent(),
                certificate.map(c -> TrackingCode.inText(c.getCode())).orElse("—")), Reply.Keyboard.inline(rows)));
    }

    /** What a holder is told of a certificate a staff member revoked, instead of the certificate. */
    private String revoked(Certificate certificate) {
        return texts.get(Text.TRAINING_CERTIFICATE_REVOKED, certificate.getCourseTitle(),
                TrackingCode.inText(certificate.getCode()),
                JalaliDate.of(certificate.getRevokedAt(), JalaliDate.TEHRAN).formatLong(),
                certificate.getRevokeReason() == null ? "—" : certificate.getRevokeReason());
    }

    /** The certificate as an image with its details, then as a printable PDF; a revoked one is not sent. */
    private void sendCertificate(Turn turn, Certificate certificate) {
        if (!certificate.isValid()) {
            turn.say(revoked(certificate));
            return;
        }
        String caption = texts.get(Text.TRAINING_CERTIFICATE, certificate.getCourseTitle(), certificate.getPersonName(),
                JalaliDate.of(certificate.getIssuedAt(), JalaliDate.TEHRAN).formatLong(),
                TrackingCode.inText(certificate.getCode()), media.verifyUrl(certificate.getCode()));
        turn.say(Reply.media(MediaLibrary.certificateImage(certificate.getCode()), caption));
        turn.say(Reply.media(MediaLibrary.certificatePdf(certificate.getCode()), texts.get(Text.TRAINING_CERTIFICATE_PDF)));
    }

    private String status(CourseProgress course) {
        if (course.isPassed()) {
            Integer best = course.enrolment().getBestScorePercent();
            return texts.get(Text.TRAINING_STATUS_PASSED, best == null ? 0 : best);
        }
        if (!course.isStarted()) {
            return texts.get(Text.TRAINING_STATUS_NEW);
        }
        if (course.enrolment().isInQuiz()) {
            return texts.get(Text.TRAINING_STATUS_QUIZ);
        }
        return texts.get(Text.TRAINING_STATUS_PROGRESS, course.lessonsReached(), course.lessonCount());
    }

    /** A day and time in Tehran: «۷ آذر ۱۴۰۵ ساعت ۱۴:۳۰». */
    private String when(Instant at) {
        return texts.get(Text.TRAINING_AT_TIME, JalaliDate.of(at, JalaliDate.TEHRAN).formatLong(),
                JalaliDate.tehranTime(at));
    }

    private Optional<Enrolment> own(Person person, long enrolmentId) {
        return enrolmentRows.findById(enrolmentId).filter(e -> e.getPersonId().equals(person.getId()));
    }

    private Optional<Person> registered(Turn turn) {
        return turn.personId() == null ? Optional.empty()
                : persons.findById(turn.personId()).filter(Person::isRegistered);
    }

    private void gone(Turn turn) {
        turn.say(texts.get(Text.TRAINING_COURSE_GONE));
    }
}
