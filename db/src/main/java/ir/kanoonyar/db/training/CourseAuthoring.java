package ir.kanoonyar.db.training;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import ir.kanoonyar.db.hash.Sha256;
import ir.kanoonyar.db.training.CourseContentException.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authoring courses: create one, edit its draft version, publish. A published version is never
 * changed: {@link #draftFor} copies it (lessons, sharing their media, and questions with their
 * options) into a new draft, and publishing that draft retires the old version. People who started
 * or passed the old version keep it, with their attempts and certificates.
 * <p>
 * Who may author which course is the caller's to check, with {@link Course#isEditableBy}.
 */
@Service
@Transactional
public class CourseAuthoring {

    /** Course codes: what guidelines list in required_courses (comma-separated), so no commas or spaces. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1," + Course.CODE_LENGTH + "}");

    /** New courses start with a pass mark of 60% and a day's wait before a retry; the author changes both. */
    public static final int DEFAULT_PASS_MARK = 60;
    public static final int DEFAULT_RETRY_WAIT_MINUTES = 24 * 60;

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final LessonRepository lessons;
    private final QuizQuestionRepository questions;
    private final QuizOptionRepository options;
    private final TrainingMediaRepository media;
    private final Clock clock;

    public CourseAuthoring(CourseRepository courses, CourseVersionRepository versions, LessonRepository lessons,
                           QuizQuestionRepository questions, QuizOptionRepository options,
                           TrainingMediaRepository media, Clock clock) {
        this.courses = courses;
        this.versions = versions;
        this.lessons = lessons;
        this.questions = questions;
        this.options = options;
        this.media = media;
        this.clock = clock;
    }

    /**
     * A new course with an empty first draft.
     *
     * @param provinceId null for a national course
     * @throws CourseContentException CODE_INVALID, CODE_TAKEN, TITLE_MISSING, TEXT_TOO_LONG
     */
    public CourseVersion createCourse(String code, Long provinceId, String title, String by) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new CourseContentException(Problem.CODE_INVALID);
        }
        if (courses.existsByCode(c)) {
            throw new CourseContentException(Problem.CODE_TAKEN);
        }
        Instant now = clock.instant();
        Course course = courses.saveAndFlush(new Course(c, provinceId, by, now));
        return versions.save(new CourseVersion(course.getId(), 1, title, null, DEFAULT_PASS_MARK,
                DEFAULT_RETRY_WAIT_MINUTES, by, now));
    }

    /**
     * The course's draft to edit: the existing one, or a new one copied from the latest version
     * (published or retired), numbered next.
     */
    public CourseVersion draftFor(long courseId, String by) {
        CourseVersion latest = versions.findFirstByCourseIdOrderByVersionNumberDesc(courseId)
                .orElseThrow(() -> new IllegalArgumentException("No course " + courseId));
        if (latest.isDraft()) {
            return latest;
        }
        CourseVersion draft = versions.saveAndFlush(
                latest.nextDraft(latest.getVersionNumber() + 1, by, clock.instant()));
        for (Lesson lesson : lessons.findByCourseVersionIdOrderByPosition(latest.getId())) {
            lessons.save(lesson.copyTo(draft.getId()));
        }
        for (QuizQuestion question : questions.findByCourseVersionIdOrderByPosition(latest.getId())) {
            QuizQuestion copy = questions.saveAndFlush(
                    new QuizQuestion(draft.getId(), question.getPosition(), question.getText()));
            for (QuizOption option : options.findByQuestionIdOrderByPosition(question.getId())) {
                options.save(new QuizOption(copy.getId(), option.getPosition(), option.getText(), option.isCorrect()));
            }
        }
        return draft;
    }

    /** Title, summary, pass mark (0–100) and the wait in minutes before a retry, of a draft. */
    public CourseVersion describe(long versionId, String title, String summary, int passMarkPercent,
                                  int retryWaitMinutes) {
        CourseVersion version = draft(versionId);
        version.describe(title, summary, passMarkPercent, retryWaitMinutes);
        return version;
    }

    /** Stores a lesson's picture, document or video; the lesson then names it by id. */
    public TrainingMedia storeMedia(String fileName, String contentType, byte[] content, String by) {
        Objects.requireNonNull(content, "content");
        if (content.length == 0 || content.length > TrainingMedia.MAX_BYTES) {
            throw new CourseContentException(Problem.LESSON_MEDIA_MISSING);
        }
        String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return media.save(new TrainingMedia(name, contentType == null ? "application/octet-stream" : contentType,
                content, Sha256.hex(content), by, clock.instant()));
    }

    /** Adds a lesson at the end of a draft. */
    public Lesson addLesson(long versionId, LessonContent content) {
        CourseVersion version = draft(versionId);
        checkMedia(content);
        return lessons.save(new Lesson(version.getId(), lessons.countByCourseVersionId(version.getId()) + 1, content));
    }

    public Lesson changeLesson(long lessonId, LessonContent content) {
        Lesson lesson = lessons.findById(lessonId).orElseThrow(() -> new IllegalArgumentException("No lesson " + lessonId));
        draft(lesson.getCourseVersionId());
        checkMedia(content);
        lesson.change(content);
        return lesson;
    }

    /** Removes a lesson of a draft; the lessons after it move up. */
    public void removeLesson(long lessonId) {
        Lesson lesson = lessons.findById(lessonId).orElseThrow(() -> new IllegalArgumentException("No lesson " + lessonId));
        draft(lesson.getCourseVersionId());
        lessons.delete(lesson);
        lessons.flush();
        renumberLessons(lesson.getCourseVersionId(), lessons.findByCourseVersionIdOrderByPosition(lesson.getCourseVersionId()));
    }

    /** Moves a lesson of a draft to another position (1-based, clamped to the lessons there are). */
    public void moveLesson(long lessonId, int position) {
        Lesson lesson = lessons.findById(lessonId).orElseThrow(() -> new IllegalArgumentException("No lesson " + lessonId));
        draft(lesson.getCourseVersionId());
        List<Lesson> ordered = new java.util.ArrayList<>(
                lessons.findByCourseVersionIdOrderByPosition(lesson.getCourseVersionId()));
        ordered.removeIf(l -> l.getId().equals(lesson.getId()));
        ordered.add(Math.max(0, Math.min(position - 1, ordered.size())), lesson);
        renumberLessons(lesson.getCourseVersionId(), ordered);
    }

    /** Adds a question at the end of a draft's quiz. */
    public QuizQuestion addQuestion(long versionId, QuestionContent content) {
        CourseVersion version = draft(versionId);
        QuizQuestion question = questions.saveAndFlush(new QuizQuestion(version.getId(),
                questions.countByCourseVersionId(version.getId()) + 1, content.text()));
        saveOptions(question, content);
        return question;
    }

    /** Replaces a draft question's text and options. */
    public QuizQuestion changeQuestion(long questionId, QuestionContent content) {
        QuizQuestion question = questions.findById(questionId)
                .orElseThrow(() -> new IllegalArgumentException("No question " + questionId));
        draft(question.getCourseVersionId());
        question.change(content.text());
        options.deleteByQuestionId(question.getId());
        options.flush();
        saveOptions(question, content);
        return question;
    }

    /** Removes a draft question; the questions after it move up. */
    public void removeQuestion(long questionId) {
        QuizQuestion question = questions.findById(questionId)
                .orElseThrow(() -> new IllegalArgumentException("No question " + questionId));
        draft(question.getCourseVersionId());
        options.deleteByQuestionId(question.getId());
        questions.delete(question);
        questions.flush();
        List<QuizQuestion> rest = questions.findByCourseVersionIdOrderByPosition(question.getCourseVersionId());
        // Two passes: positions are unique per version, so first move every row out of the way.
        for (QuizQuestion q : rest) {
            q.moveTo(-q.getPosition());
        }
        questions.flush();
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).moveTo(i + 1);
        }
    }

    /**
     * Publishes a draft: it becomes what people take, and the version published before retires.
     *
     * @throws CourseContentException NOT_A_DRAFT, NO_LESSONS, NO_QUESTIONS
     */
    public CourseVersion publish(long versionId, String by) {
        CourseVersion version = draft(versionId);
        if (lessons.countByCourseVersionId(version.getId()) == 0) {
            throw new CourseContentException(Problem.NO_LESSONS);
        }
        if (questions.countByCourseVersionId(version.getId()) == 0) {
            throw new CourseContentException(Problem.NO_QUESTIONS);
        }
        Course course = courses.findById(version.getCourseId()).orElseThrow();
        versions.findFirstByCourseIdAndStatus(course.getId(), CourseVersionStatus.PUBLISHED)
                .ifPresent(CourseVersion::retire);
        versions.flush();
        version.publish(by, clock.instant());
        course.publish(version.getId());
        return version;
    }

    private CourseVersion draft(long versionId) {
        CourseVersion version = versions.findById(versionId)
                .orElseThrow(() -> new IllegalArgumentException("No course version " + versionId));
        version.requireDraft();
        return version;
    }

    private void checkMedia(LessonContent content) {
        if (!content.kind().hasMedia()) {
            return;
        }
        MediaFacts m = media.findFactsById(content.mediaId())
                .orElseThrow(() -> new CourseContentException(Problem.LESSON_MEDIA_MISSING));
        boolean fits = switch (content.kind()) {
            case PHOTO -> m.isImage();
            case VIDEO -> m.isVideo();
            default -> true;
        };
        if (!fits) {
            throw new CourseContentException(Problem.LESSON_MEDIA_MISSING);
        }
    }

    private void saveOptions(QuizQuestion question, QuestionContent content) {
        for (int i = 0; i < content.options().size(); i++) {
            options.save(new QuizOption(question.getId(), i + 1, content.options().get(i), i == content.correctIndex()));
        }
    }

    private void renumberLessons(Long versionId, List<Lesson> ordered) {
        // Two passes: positions are unique per version, so first move every row out of the way.
        for (Lesson l : ordered) {
            l.moveTo(-l.getPosition() - 1000);
        }
        lessons.flush();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }
}
