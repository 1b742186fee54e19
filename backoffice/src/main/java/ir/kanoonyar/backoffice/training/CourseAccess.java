package ir.kanoonyar.backoffice.training;

import java.util.List;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.db.training.Course;
import ir.kanoonyar.db.training.CourseRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which courses a staff member sees and which they may author. Everyone sees the national courses
 * and their own province's; another province's course does not exist for them (404). Only the
 * national admin authors national courses, and provincial staff their own province's (403 for a
 * course they see but may not change); county staff only read.
 */
@Service
@Transactional(readOnly = true)
class CourseAccess {

    private final CourseRepository courses;

    CourseAccess(CourseRepository courses) {
        this.courses = courses;
    }

    List<Course> visible(StaffScope scope) {
        return courses.findVisibleTo(scope.role() == StaffRole.NATIONAL_ADMIN ? null : scope.provinceId());
    }

    /** The course, if the staff member may see it; 404 otherwise, as for an unknown id. */
    Course visible(StaffScope scope, long courseId) {
        return courses.findById(courseId).filter(c -> sees(scope, c)).orElseThrow(TrainingRefusal::notFound);
    }

    /** The course, if the staff member may author it: 404 outside their region, 403 when only readable. */
    Course editable(StaffScope scope, long courseId) {
        Course course = visible(scope, courseId);
        if (!mayEdit(scope, course)) {
            throw TrainingRefusal.readOnly();
        }
        return course;
    }

    static boolean sees(StaffScope scope, Course course) {
        return scope.role() == StaffRole.NATIONAL_ADMIN || course.isNational()
                || course.getProvinceId().equals(scope.provinceId());
    }

    static boolean mayEdit(StaffScope scope, Course course) {
        return course.isEditableBy(scope.role(), scope.provinceId());
    }

    /** National admins make national courses, provincial staff their province's; county staff none. */
    static boolean mayCreate(StaffScope scope) {
        return scope.role() != StaffRole.COUNTY_STAFF;
    }

    /** The province a new course of this staff member belongs to; null for a national one. */
    static Long provinceOfNewCourse(StaffScope scope) {
        if (!mayCreate(scope)) {
            throw TrainingRefusal.readOnly();
        }
        return scope.role() == StaffRole.NATIONAL_ADMIN ? null : scope.provinceId();
    }
}
