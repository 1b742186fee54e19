package ir.kanoonyar.db.training;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    /** The person's latest enrolment in the course (the version they are on or passed last). */
    Optional<Enrolment> findFirstByPersonIdAndCourseIdOrderByIdDesc(Long personId, Long courseId);

    Optional<Enrolment> findByPersonIdAndCourseVersionId(Long personId, Long courseVersionId);

    List<Enrolment> findByPersonIdOrderByIdDesc(Long personId);

    /** Enrolments in this status not moved on since the cutoff and not reminded since they stopped. */
    @Query("SELECT e FROM Enrolment e WHERE e.status = :status AND e.updatedAt < :cutoff "
            + "AND (e.remindedAt IS NULL OR e.remindedAt < e.updatedAt) ORDER BY e.id")
    List<Enrolment> findStalled(@Param("status") EnrolmentStatus status, @Param("cutoff") Instant cutoff,
                                Pageable page);
}
