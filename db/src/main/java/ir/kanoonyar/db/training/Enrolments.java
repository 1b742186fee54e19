package ir.kanoonyar.db.training;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ir.kanoonyar.db.person.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which courses a person may take, their enrolment in each and where they are. A person enrols in
 * the version published when they open the course and stays on it; once passed, opening the course
 * again shows that passed version (a newer one does not take their pass away).
 */
@Service
@Transactional
public class Enrolments {

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final LessonRepository lessons;
    private final EnrolmentRepository enrolments;
    private final Clock clock;

    public Enrolments(CourseRepository courses, CourseVersionRepository versions, LessonRepository lessons,
                      EnrolmentRepository enrolments, Clock clock) {
        this.courses = courses;
        this.versions = versions;
        this.lessons = lessons;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    /**
     * The courses the person may take, national ones first, each with the person's enrolment if
     * they have one. Courses archived or not published yet are left out unless the person is
     * enrolled in them.
     */
    @Transactional(readOnly = true)
    public List<CourseProgress> coursesOf(Person person) {
        Long provinceId = person.getProvinceId();
        // The person's latest enrolment per course, in one query rather than one a course.
        Map<Long, Enrolment> latest = new HashMap<>();
        for (Enrolment enrolment : enrolments.findByPersonIdOrderByIdDesc(person.getId())) {
            latest.putIfAbsent(enrolment.getCourseId(), enrolment);
        }
        return courses.findVisibleTo(provinceId == null ? -1L : provinceId).stream()
                .map(course -> progress(course, Optional.ofNullable(latest.get(course.getId()))))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The person's course with their enrolment, if the course is open to them or they are enrolled. */
    @Transactional(readOnly = true)
    public Optional<CourseProgress> courseOf(Person person, long courseId) {
        return courses.findById(courseId)
                .filter(c -> c.isNational() || c.getProvinceId().equals(person.getProvinceId()))
                .flatMap(c -> progress(person.getId(), c));
    }

    /**
     * The person's enrolment in the course: the latest one, or a new one on the published version.
     *
     * @throws IllegalStateException when the person has none and the course is not open to them
     */
    public Enrolment enrol(Person person, long courseId) {
        Optional<Enrolment> existing = enrolments.findFirstByPersonIdAndCourseIdOrderByIdDesc(person.getId(), courseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Course course = courses.findById(courseId).orElseThrow(() -> new IllegalArgumentException("No course " + courseId));
        if (!course.isOpenTo(person.getProvinceId())) {
            throw new IllegalStateException("Course " + course.getCode() + " is not open to person " + person.getId());
        }
        return enrolments.saveAndFlush(new Enrolment(person.getId(), course.getId(), course.getPublishedVersionId(),
                clock.instant()));
    }

    /** The lesson the enrolment is on. */
    @Transactional(readOnly = true)
    public Lesson currentLesson(Enrolment enrolment) {
        return lessons.findByCourseVersionIdAndPosition(enrolment.getCourseVersionId(), enrolment.getLessonPosition())
                .orElseThrow(() -> new IllegalStateException("Enrolment " + enrolment.getId() + " is on lesson "
                        + enrolment.getLessonPosition() + ", which its version does not have"));
    }

    /** Moves the person to a lesson (1-based, clamped to the version's lessons) and returns it. */
    public Lesson moveTo(long enrolmentId, int position) {
        Enrolment enrolment = enrolments.findById(enrolmentId)
                .orElseThrow(() -> new IllegalArgumentException("No enrolment " + enrolmentId));
        int count = lessons.countByCourseVersionId(enrolment.getCourseVersionId());
        enrolment.moveTo(Math.max(1, Math.min(position, count)), clock.instant());
        return currentLesson(enrolment);
    }

    public int lessonCount(long courseVersionId) {
        return lessons.countByCourseVersionId(courseVersionId);
    }

    private Optional<CourseProgress> progress(Long personId, Course course) {
        return progress(course, enrolments.findFirstByPersonIdAndCourseIdOrderByIdDesc(personId, course.getId()));
    }

    private Optional<CourseProgress> progress(Course course, Optional<Enrolment> enrolment) {
        Long versionId = enrolment.map(Enrolment::getCourseVersionId).orElse(null);
        if (versionId == null) {
            if (course.isArchived() || course.getPublishedVersionId() == null) {
                return Optional.empty();
            }
            versionId = course.getPublishedVersionId();
        }
        CourseVersion version = versions.findById(versionId).orElseThrow();
        return Optional.of(new CourseProgress(course, version, enrolment.orElse(null),
                lessons.countByCourseVersionId(versionId)));
    }
}
