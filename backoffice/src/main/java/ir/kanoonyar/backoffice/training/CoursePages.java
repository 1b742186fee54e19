package ir.kanoonyar.backoffice.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.training.Certificate;
import ir.kanoonyar.db.training.CertificateRepository;
import ir.kanoonyar.db.training.Course;
import ir.kanoonyar.db.training.CourseVersion;
import ir.kanoonyar.db.training.CourseVersionRepository;
import ir.kanoonyar.db.training.Lesson;
import ir.kanoonyar.db.training.LessonRepository;
import ir.kanoonyar.db.training.MediaFacts;
import ir.kanoonyar.db.training.QuestionContent;
import ir.kanoonyar.db.training.QuizOption;
import ir.kanoonyar.db.training.QuizOptionRepository;
import ir.kanoonyar.db.training.QuizQuestion;
import ir.kanoonyar.db.training.QuizQuestionRepository;
import ir.kanoonyar.db.training.TrainingMedia;
import ir.kanoonyar.db.training.TrainingMediaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the course authoring pages read: the course list, a course with one version's lessons and
 * quiz, a lesson's chat preview and its file. Every read is checked against the staff member's
 * scope ({@link CourseAccess}); nothing here changes a course ({@link CourseChanges} does).
 */
@Service
@Transactional(readOnly = true)
class CoursePages {

    /** Question forms offer this many option fields; blank ones are dropped. */
    static final int OPTION_FIELDS = QuestionContent.MAX_OPTIONS;

    private final CourseAccess access;
    private final CourseParts parts;
    private final CourseVersionRepository versions;
    private final LessonRepository lessons;
    private final QuizQuestionRepository questions;
    private final QuizOptionRepository options;
    private final TrainingMediaRepository media;
    private final ProvinceRepository provinces;
    private final CertificateRepository certificateRows;

    CoursePages(CourseAccess access, CourseParts parts, CourseVersionRepository versions, LessonRepository lessons,
                QuizQuestionRepository questions, QuizOptionRepository options, TrainingMediaRepository media,
                ProvinceRepository provinces, CertificateRepository certificateRows) {
        this.access = access;
        this.parts = parts;
        this.versions = versions;
        this.lessons = lessons;
        this.questions = questions;
        this.options = options;
        this.media = media;
        this.provinces = provinces;
        this.certificateRows = certificateRows;
    }

    /** A row of the course list. {@code title} is the published version's, or the latest draft's. */
    record CourseRow(Course course, String title, String provinceName, Integer publishedNumber, Integer draftNumber,
                     boolean editable) {
    }

    List<CourseRow> list(StaffScope scope) {
        Map<Long, String> provinceNames = provinces.findAll().stream()
                .collect(Collectors.toMap(Province::getId, Province::getName));
        return access.visible(scope).stream().map(course -> {
            List<CourseVersion> all = versions.findByCourseIdOrderByVersionNumberDesc(course.getId());
            CourseVersion published = all.stream().filter(v -> v.getId().equals(course.getPublishedVersionId()))
                    .findFirst().orElse(null);
            CourseVersion draft = all.stream().filter(CourseVersion::isDraft).findFirst().orElse(null);
            String title = published != null ? published.getTitle() : all.isEmpty() ? course.getCode() : all.get(0).getTitle();
            return new CourseRow(course, title, course.isNational() ? null : provinceNames.get(course.getProvinceId()),
                    published == null ? null : published.getVersionNumber(),
                    draft == null ? null : draft.getVersionNumber(), CourseAccess.mayEdit(scope, course));
        }).toList();
    }

    /** The staff member's province, for the heading of a new provincial course; null for others. */
    String provinceName(StaffScope scope) {
        return scope.provinceId() == null ? null
                : provinces.findById(scope.provinceId()).map(Province::getName).orElse(null);
    }

    record VersionRow(CourseVersion version, String publishedOn) {
    }

    record LessonRow(Lesson lesson, MediaFacts media) {
    }

    /** A question with its options laid out in {@link #OPTION_FIELDS} fields for the edit form. */
    record QuestionRow(QuizQuestion question, List<QuizOption> options, List<String> fields, int correctField) {
    }

    /**
     * The course page: one version shown (the asked one, else the draft, else the published one),
     * editable when it is a draft and the staff member may author the course.
     */
    record CoursePage(Course course, String provinceName, CourseVersion shown, List<VersionRow> versions,
                      CourseVersion draft, boolean mayEdit, boolean editable, List<LessonRow> lessons,
                      List<QuestionRow> questions, List<RevokedRow> revoked) {
    }

    /** A revoked certificate of the course, for those who may author it; its code as printed. */
    record RevokedRow(Certificate certificate, String code, String revokedOn) {
    }

    CoursePage page(StaffScope scope, long courseId, Long versionId) {
        Course course = access.visible(scope, courseId);
        List<CourseVersion> all = versions.findByCourseIdOrderByVersionNumberDesc(course.getId());
        CourseVersion draft = all.stream().filter(CourseVersion::isDraft).findFirst().orElse(null);
        CourseVersion shown;
        if (versionId != null) {
            shown = all.stream().filter(v -> v.getId().equals(versionId)).findFirst()
                    .orElseThrow(TrainingRefusal::notFound);
        } else if (draft != null && CourseAccess.mayEdit(scope, course)) {
            shown = draft;
        } else {
            shown = all.stream().filter(v -> v.getId().equals(course.getPublishedVersionId())).findFirst()
                    .orElse(all.get(0));
        }
        boolean mayEdit = CourseAccess.mayEdit(scope, course);
        List<LessonRow> lessonRows = lessonRows(shown.getId());
        List<QuestionRow> questionRows = questionRows(shown.getId());
        String provinceName = course.isNational() ? null
                : provinces.findById(course.getProvinceId()).map(Province::getName).orElse("");
        List<RevokedRow> revoked = !mayEdit ? List.of()
                : certificateRows.findTop50ByCourseIdAndRevokedAtIsNotNullOrderByRevokedAtDesc(course.getId()).stream()
                        .map(c -> new RevokedRow(c, PersianText.toPersianDigits(TrackingCode.display(c.getCode())),
                                date(c.getRevokedAt()))).toList();
        return new CoursePage(course, provinceName, shown,
                all.stream().map(v -> new VersionRow(v, date(v.getPublishedAt()))).toList(),
                draft, mayEdit, mayEdit && shown.isDraft(), lessonRows, questionRows, revoked);
    }

    /**
     * The page at a version, for showing a form refused there: 404 outside the staff member's region,
     * 403 to whom may only read the course, so nobody learns through a form what they may not change.
     */
    CoursePage pageToEdit(StaffScope scope, long courseId, long versionId) {
        access.editable(scope, courseId);
        return page(scope, courseId, versionId);
    }

    /** A lesson as the bot shows it, with its place among the version's lessons. */
    record LessonPreview(Course course, CourseVersion version, Lesson lesson, MediaFacts media, int position,
                         int count) {
    }

    LessonPreview preview(StaffScope scope, long courseId, long lessonId) {
        Course course = access.visible(scope, courseId);
        Lesson lesson = parts.lesson(course, lessonId);
        CourseVersion version = versions.findById(lesson.getCourseVersionId()).orElseThrow();
        MediaFacts file = lesson.getMediaId() == null ? null : media.findFactsById(lesson.getMediaId()).orElse(null);
        return new LessonPreview(course, version, lesson, file, lesson.getPosition(),
                lessons.countByCourseVersionId(version.getId()));
    }

    /** A file of one of the course's lessons (of any version); 404 for any other id. */
    TrainingMedia media(StaffScope scope, long courseId, long mediaId) {
        Course course = access.visible(scope, courseId);
        if (!lessons.courseUsesMedia(course.getId(), mediaId)) {
            throw TrainingRefusal.notFound();
        }
        return media.findById(mediaId).orElseThrow(TrainingRefusal::notFound);
    }

    private List<LessonRow> lessonRows(long versionId) {
        List<Lesson> all = lessons.findByCourseVersionIdOrderByPosition(versionId);
        Map<Long, MediaFacts> files = media.findFactsByIdIn(all.stream().map(Lesson::getMediaId)
                        .filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(MediaFacts::id, Function.identity()));
        return all.stream().map(l -> new LessonRow(l, l.getMediaId() == null ? null : files.get(l.getMediaId())))
                .toList();
    }

    private List<QuestionRow> questionRows(long versionId) {
        List<QuizQuestion> all = questions.findByCourseVersionIdOrderByPosition(versionId);
        Map<Long, List<QuizOption>> byQuestion = options.findByQuestionIdInOrderByQuestionIdAscPositionAsc(
                        all.stream().map(QuizQuestion::getId).toList()).stream()
                .collect(Collectors.groupingBy(QuizOption::getQuestionId));
        return all.stream().map(q -> {
            List<QuizOption> opts = byQuestion.getOrDefault(q.getId(), List.of()).stream()
                    .sorted(Comparator.comparingInt(QuizOption::getPosition)).toList();
            List<String> fields = new ArrayList<>();
            int correct = -1;
            for (QuizOption o : opts) {
                if (o.isCorrect()) {
                    correct = fields.size();
                }
                fields.add(o.getText());
            }
            while (fields.size() < OPTION_FIELDS) {
                fields.add("");
            }
            return new QuestionRow(q, opts, fields, correct);
        }).toList();
    }

    private static String date(Instant at) {
        return at == null ? "" : JalaliDate.of(at, JalaliDate.TEHRAN).formatLong();
    }
}
