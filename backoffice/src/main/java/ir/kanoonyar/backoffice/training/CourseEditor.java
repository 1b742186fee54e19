package ir.kanoonyar.backoffice.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.training.Certificate;
import ir.kanoonyar.db.training.CertificateIssuing;
import ir.kanoonyar.db.training.CertificateRepository;
import ir.kanoonyar.db.training.CertificateRevocation;
import ir.kanoonyar.db.training.Course;
import ir.kanoonyar.db.training.CourseAuthoring;
import ir.kanoonyar.db.training.CourseContentException;
import ir.kanoonyar.db.training.CourseVersion;
import ir.kanoonyar.db.training.CourseVersionRepository;
import ir.kanoonyar.db.training.Lesson;
import ir.kanoonyar.db.training.LessonContent;
import ir.kanoonyar.db.training.LessonKind;
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
 * The authoring pages' work: every read and change checked against the staff member's scope
 * ({@link CourseAccess}) and every id checked to belong to the course in the address, then handed to
 * the db module's {@link CourseAuthoring}, which keeps published versions unchanged. Content the
 * rules refuse comes back as {@link CourseContentException}; files as {@link LessonFileCheck.Refused}.
 */
@Service
@Transactional
class CourseEditor {

    /** Question forms offer this many option fields; blank ones are dropped. */
    static final int OPTION_FIELDS = QuestionContent.MAX_OPTIONS;

    private final CourseAccess access;
    private final CourseAuthoring authoring;
    private final CourseVersionRepository versions;
    private final LessonRepository lessons;
    private final QuizQuestionRepository questions;
    private final QuizOptionRepository options;
    private final TrainingMediaRepository media;
    private final ProvinceRepository provinces;
    private final CertificateIssuing certificates;
    private final CertificateRepository certificateRows;
    private final CertificateRevocation revocation;

    CourseEditor(CourseAccess access, CourseAuthoring authoring, CourseVersionRepository versions,
                 LessonRepository lessons, QuizQuestionRepository questions, QuizOptionRepository options,
                 TrainingMediaRepository media, ProvinceRepository provinces, CertificateIssuing certificates,
                 CertificateRepository certificateRows, CertificateRevocation revocation) {
        this.access = access;
        this.authoring = authoring;
        this.versions = versions;
        this.lessons = lessons;
        this.questions = questions;
        this.options = options;
        this.media = media;
        this.provinces = provinces;
        this.certificates = certificates;
        this.certificateRows = certificateRows;
        this.revocation = revocation;
    }

    // ---- reading ----

    /** A row of the course list. {@code title} is the published version's, or the latest draft's. */
    record CourseRow(Course course, String title, String provinceName, Integer publishedNumber, Integer draftNumber,
                     boolean editable) {
    }

    @Transactional(readOnly = true)
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
    @Transactional(readOnly = true)
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

    @Transactional(readOnly = true)
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

    /** A lesson as the bot shows it, with its place among the version's lessons. */
    record LessonPreview(Course course, CourseVersion version, Lesson lesson, MediaFacts media, int position,
                         int count) {
    }

    @Transactional(readOnly = true)
    LessonPreview preview(StaffScope scope, long courseId, long lessonId) {
        Course course = access.visible(scope, courseId);
        Lesson lesson = lessonOf(course, lessonId);
        CourseVersion version = versions.findById(lesson.getCourseVersionId()).orElseThrow();
        MediaFacts file = lesson.getMediaId() == null ? null : media.findFactsById(lesson.getMediaId()).orElse(null);
        return new LessonPreview(course, version, lesson, file, lesson.getPosition(),
                lessons.countByCourseVersionId(version.getId()));
    }

    /** A file of one of the course's lessons (of any version); 404 for any other id. */
    @Transactional(readOnly = true)
    TrainingMedia media(StaffScope scope, long courseId, long mediaId) {
        Course course = access.visible(scope, courseId);
        if (!lessons.courseUsesMedia(course.getId(), mediaId)) {
            throw TrainingRefusal.notFound();
        }
        return media.findById(mediaId).orElseThrow(TrainingRefusal::notFound);
    }

    // ---- changing ----

    /**
     * Takes the course out of the bot's list: nobody new starts it, while those who have started can
     * finish it and keep what they passed. Undone by {@link #unarchive}.
     */
    void archive(StaffScope scope, long courseId) {
        access.editable(scope, courseId).archive();
    }

    void unarchive(StaffScope scope, long courseId) {
        access.editable(scope, courseId).unarchive();
    }

    /**
     * Revokes the certificate of this course with the code as typed (Persian digits and dashes too);
     * empty when the course has no certificate with that code.
     */
    Optional<Certificate> revokeCertificate(StaffScope scope, long courseId, String typedCode, String reason) {
        Course course = access.editable(scope, courseId);
        return certificates.find(typedCode == null ? "" : typedCode)
                .filter(c -> c.getCourseId().equals(course.getId()))
                .map(c -> revocation.revoke(c, scope.username(), reason));
    }

    CourseVersion create(StaffScope scope, String code, String title) {
        return authoring.createCourse(code, CourseAccess.provinceOfNewCourse(scope), title, scope.username());
    }

    /** The course's draft: the one there is, or a new one copied from the latest version. */
    CourseVersion draft(StaffScope scope, long courseId) {
        Course course = access.editable(scope, courseId);
        return authoring.draftFor(course.getId(), scope.username());
    }

    void describe(StaffScope scope, long courseId, long versionId, String title, String summary, int passMark,
                  int retryWaitMinutes) {
        CourseVersion version = versionOf(access.editable(scope, courseId), versionId);
        authoring.describe(version.getId(), title, summary, passMark, retryWaitMinutes);
    }

    /** A file sent with a lesson form: its bytes and the name it came with (never trusted for its type). */
    record Upload(byte[] bytes, String fileName) {
        boolean present() {
            return bytes != null && bytes.length > 0;
        }
    }

    Lesson addLesson(StaffScope scope, long courseId, long versionId, LessonKind kind, String title, String body,
                     String url, Upload upload) {
        CourseVersion version = versionOf(access.editable(scope, courseId), versionId);
        Long mediaId = storeIfSent(scope, kind, upload);
        return authoring.addLesson(version.getId(), new LessonContent(kind, title, body, mediaId, url));
    }

    /** Changes a lesson; a media lesson sent without a file keeps the file it has, if of the same kind. */
    Lesson changeLesson(StaffScope scope, long courseId, long lessonId, LessonKind kind, String title, String body,
                        String url, Upload upload) {
        Lesson lesson = lessonOf(access.editable(scope, courseId), lessonId);
        Long mediaId = storeIfSent(scope, kind, upload);
        if (mediaId == null && kind == lesson.getKind()) {
            mediaId = lesson.getMediaId();
        }
        return authoring.changeLesson(lesson.getId(), new LessonContent(kind, title, body, mediaId, url));
    }

    /** Moves a lesson one place up (towards the first) or down. */
    void moveLesson(StaffScope scope, long courseId, long lessonId, boolean up) {
        Lesson lesson = lessonOf(access.editable(scope, courseId), lessonId);
        authoring.moveLesson(lesson.getId(), up ? lesson.getPosition() - 1 : lesson.getPosition() + 1);
    }

    void removeLesson(StaffScope scope, long courseId, long lessonId) {
        Lesson lesson = lessonOf(access.editable(scope, courseId), lessonId);
        authoring.removeLesson(lesson.getId());
    }

    QuizQuestion addQuestion(StaffScope scope, long courseId, long versionId, String text, List<String> fields,
                             int correctField) {
        CourseVersion version = versionOf(access.editable(scope, courseId), versionId);
        return authoring.addQuestion(version.getId(), question(text, fields, correctField));
    }

    QuizQuestion changeQuestion(StaffScope scope, long courseId, long questionId, String text, List<String> fields,
                                int correctField) {
        QuizQuestion question = questionOf(access.editable(scope, courseId), questionId);
        return authoring.changeQuestion(question.getId(), question(text, fields, correctField));
    }

    void removeQuestion(StaffScope scope, long courseId, long questionId) {
        QuizQuestion question = questionOf(access.editable(scope, courseId), questionId);
        authoring.removeQuestion(question.getId());
    }

    CourseVersion publish(StaffScope scope, long courseId, long versionId) {
        CourseVersion version = versionOf(access.editable(scope, courseId), versionId);
        return authoring.publish(version.getId(), scope.username());
    }

    // ---- helpers ----

    /**
     * The question as typed in option fields: blank fields dropped, the correct one (a field number,
     * 0-based) counted among those left; a blank or missing correct field is refused.
     */
    static QuestionContent question(String text, List<String> fields, int correctField) {
        List<String> kept = new ArrayList<>();
        int correct = -1;
        for (int i = 0; i < fields.size(); i++) {
            String option = fields.get(i) == null ? "" : fields.get(i).strip();
            if (option.isEmpty()) {
                continue;
            }
            if (i == correctField) {
                correct = kept.size();
            }
            kept.add(option);
        }
        return new QuestionContent(text, kept, correct);
    }

    private Long storeIfSent(StaffScope scope, LessonKind kind, Upload upload) {
        if (upload == null || !upload.present() || !kind.hasMedia()) {
            return null;
        }
        String type = LessonFileCheck.contentType(kind, upload.bytes());
        return authoring.storeMedia(safeName(upload.fileName()), type, upload.bytes(), scope.username()).getId();
    }

    private CourseVersion versionOf(Course course, long versionId) {
        return versions.findById(versionId).filter(v -> v.getCourseId().equals(course.getId()))
                .orElseThrow(TrainingRefusal::notFound);
    }

    private Lesson lessonOf(Course course, long lessonId) {
        Lesson lesson = lessons.findById(lessonId).orElseThrow(TrainingRefusal::notFound);
        versionOf(course, lesson.getCourseVersionId());
        return lesson;
    }

    private QuizQuestion questionOf(Course course, long questionId) {
        QuizQuestion question = questions.findById(questionId).orElseThrow(TrainingRefusal::notFound);
        versionOf(course, question.getCourseVersionId());
        return question;
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

    /** Only the last part of a name a browser sent, without control characters. */
    static String safeName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return base.isEmpty() ? null : base;
    }
}
