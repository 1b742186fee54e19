package ir.kanoonyar.backoffice.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.training.Certificate;
import ir.kanoonyar.db.training.CertificateIssuing;
import ir.kanoonyar.db.training.CertificateRevocation;
import ir.kanoonyar.db.training.Course;
import ir.kanoonyar.db.training.CourseAuthoring;
import ir.kanoonyar.db.training.CourseContentException;
import ir.kanoonyar.db.training.CourseVersion;
import ir.kanoonyar.db.training.Lesson;
import ir.kanoonyar.db.training.LessonContent;
import ir.kanoonyar.db.training.LessonKind;
import ir.kanoonyar.db.training.QuestionContent;
import ir.kanoonyar.db.training.QuizQuestion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change the authoring pages make to a course: each checked against the staff member's scope
 * ({@link CourseAccess}) and every id checked to belong to the course in the address
 * ({@link CourseParts}), then handed to the db module's {@link CourseAuthoring}, which keeps
 * published versions unchanged. Content the rules refuse comes back as
 * {@link CourseContentException}; files as {@link LessonFileCheck.Refused}.
 */
@Service
@Transactional
class CourseChanges {

    private final CourseAccess access;
    private final CourseParts parts;
    private final CourseAuthoring authoring;
    private final CertificateIssuing certificates;
    private final CertificateRevocation revocation;

    CourseChanges(CourseAccess access, CourseParts parts, CourseAuthoring authoring, CertificateIssuing certificates,
                  CertificateRevocation revocation) {
        this.access = access;
        this.parts = parts;
        this.authoring = authoring;
        this.certificates = certificates;
        this.revocation = revocation;
    }

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
        return certificate(scope, courseId, typedCode).map(c -> revocation.revoke(c, scope.username(), reason));
    }

    /**
     * The certificate of this course with the code as typed, if any: asked before a refused reason is
     * answered, so a wrong code is still "not found" whatever the reason.
     */
    @Transactional(readOnly = true)
    Optional<Certificate> certificate(StaffScope scope, long courseId, String typedCode) {
        Course course = access.editable(scope, courseId);
        return certificates.find(typedCode == null ? "" : typedCode)
                .filter(c -> c.getCourseId().equals(course.getId()));
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
        CourseVersion version = parts.version(access.editable(scope, courseId), versionId);
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
        CourseVersion version = parts.version(access.editable(scope, courseId), versionId);
        Long mediaId = storeIfSent(scope, kind, upload);
        return authoring.addLesson(version.getId(), new LessonContent(kind, title, body, mediaId, url));
    }

    /** Changes a lesson; a media lesson sent without a file keeps the file it has, if of the same kind. */
    Lesson changeLesson(StaffScope scope, long courseId, long lessonId, LessonKind kind, String title, String body,
                        String url, Upload upload) {
        Lesson lesson = parts.lesson(access.editable(scope, courseId), lessonId);
        Long mediaId = storeIfSent(scope, kind, upload);
        if (mediaId == null && kind == lesson.getKind()) {
            mediaId = lesson.getMediaId();
        }
        return authoring.changeLesson(lesson.getId(), new LessonContent(kind, title, body, mediaId, url));
    }

    /** Moves a lesson one place up (towards the first) or down. */
    void moveLesson(StaffScope scope, long courseId, long lessonId, boolean up) {
        Lesson lesson = parts.lesson(access.editable(scope, courseId), lessonId);
        authoring.moveLesson(lesson.getId(), up ? lesson.getPosition() - 1 : lesson.getPosition() + 1);
    }

    void removeLesson(StaffScope scope, long courseId, long lessonId) {
        Lesson lesson = parts.lesson(access.editable(scope, courseId), lessonId);
        authoring.removeLesson(lesson.getId());
    }

    QuizQuestion addQuestion(StaffScope scope, long courseId, long versionId, String text, List<String> fields,
                             int correctField) {
        CourseVersion version = parts.version(access.editable(scope, courseId), versionId);
        return authoring.addQuestion(version.getId(), question(text, fields, correctField));
    }

    QuizQuestion changeQuestion(StaffScope scope, long courseId, long questionId, String text, List<String> fields,
                                int correctField) {
        QuizQuestion question = parts.question(access.editable(scope, courseId), questionId);
        return authoring.changeQuestion(question.getId(), question(text, fields, correctField));
    }

    void removeQuestion(StaffScope scope, long courseId, long questionId) {
        QuizQuestion question = parts.question(access.editable(scope, courseId), questionId);
        authoring.removeQuestion(question.getId());
    }

    CourseVersion publish(StaffScope scope, long courseId, long versionId) {
        CourseVersion version = parts.version(access.editable(scope, courseId), versionId);
        return authoring.publish(version.getId(), scope.username());
    }

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
