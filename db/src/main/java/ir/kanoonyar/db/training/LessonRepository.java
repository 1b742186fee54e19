package ir.kanoonyar.db.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonRepository extends JpaRepository<Lesson, Long> {

    List<Lesson> findByCourseVersionIdOrderByPosition(Long courseVersionId);

    Optional<Lesson> findByCourseVersionIdAndPosition(Long courseVersionId, int position);

    int countByCourseVersionId(Long courseVersionId);
}
