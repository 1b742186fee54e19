package ir.kanoonyar.db.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    /** The person's latest enrolment in the course (the version they are on or passed last). */
    Optional<Enrolment> findFirstByPersonIdAndCourseIdOrderByIdDesc(Long personId, Long courseId);

    Optional<Enrolment> findByPersonIdAndCourseVersionId(Long personId, Long courseVersionId);

    List<Enrolment> findByPersonIdOrderByIdDesc(Long personId);

    List<Enrolment> findByCourseId(Long courseId);
}
