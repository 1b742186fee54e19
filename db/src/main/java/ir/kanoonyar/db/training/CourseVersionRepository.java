package ir.kanoonyar.db.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseVersionRepository extends JpaRepository<CourseVersion, Long> {

    List<CourseVersion> findByCourseIdOrderByVersionNumberDesc(Long courseId);

    Optional<CourseVersion> findFirstByCourseIdAndStatus(Long courseId, CourseVersionStatus status);

    Optional<CourseVersion> findFirstByCourseIdOrderByVersionNumberDesc(Long courseId);
}
