package ir.kanoonyar.db.training;

/**
 * A course as one person sees it: the version they take (their enrolment's, or the published one
 * when they have not started), their enrolment (null before they start) and the version's lesson count.
 */
public record CourseProgress(Course course, CourseVersion version, Enrolment enrolment, int lessonCount) {

    public boolean isStarted() {
        return enrolment != null;
    }

    public boolean isPassed() {
        return enrolment != null && enrolment.isPassed();
    }

    /** Lessons reached, 0 before the person starts. */
    public int lessonsReached() {
        return enrolment == null ? 0 : enrolment.getLessonPosition();
    }
}
