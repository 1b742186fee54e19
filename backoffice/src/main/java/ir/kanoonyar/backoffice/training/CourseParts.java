package ir.kanoonyar.backoffice.training;

import ir.kanoonyar.db.training.Course;
import ir.kanoonyar.db.training.CourseVersion;
import ir.kanoonyar.db.training.CourseVersionRepository;
import ir.kanoonyar.db.training.Lesson;
import ir.kanoonyar.db.training.LessonRepository;
import ir.kanoonyar.db.training.QuizQuestion;
import ir.kanoonyar.db.training.QuizQuestionRepository;
import org.springframework.stereotype.Component;

/**
 * A version, lesson or question by its id, only if it belongs to the course in the address; 404
 * otherwise. Both the pages and the changes go through it, so an id of another course, perhaps one
 * the staff member may not see, is never read or changed through a course they may.
 */
@Component
class CourseParts {

    private final CourseVersionRepository versions;
    private final LessonRepository lessons;
    private final QuizQuestionRepository questions;

    CourseParts(CourseVersionRepository versions, LessonRepository lessons, QuizQuestionRepository questions) {
        this.versions = versions;
        this.lessons = lessons;
        this.questions = questions;
    }

    CourseVersion version(Course course, long versionId) {
        return versions.findById(versionId).filter(v -> v.getCourseId().equals(course.getId()))
                .orElseThrow(TrainingRefusal::notFound);
    }

    Lesson lesson(Course course, long lessonId) {
        Lesson lesson = lessons.findById(lessonId).orElseThrow(TrainingRefusal::notFound);
        version(course, lesson.getCourseVersionId());
        return lesson;
    }

    QuizQuestion question(Course course, long questionId) {
        QuizQuestion question = questions.findById(questionId).orElseThrow(TrainingRefusal::notFound);
        version(course, question.getCourseVersionId());
        return question;
    }
}
