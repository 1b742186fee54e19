package ir.kanoonyar.db.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LessonRepository extends JpaRepository<Lesson, Long> {

    List<Lesson> findByCourseVersionIdOrderByPosition(Long courseVersionId);

    Optional<Lesson> findByCourseVersionIdAndPosition(Long courseVersionId, int position);

    int countByCourseVersionId(Long courseVersionId);

    /** Whether a lesson of one of the course's versions shows this file: one query, not one a version. */
    @Query("select count(l) > 0 from Lesson l, CourseVersion v where l.courseVersionId = v.id "
            + "and v.courseId = :courseId and l.mediaId = :mediaId")
    boolean courseUsesMedia(@Param("courseId") Long courseId, @Param("mediaId") Long mediaId);
}
