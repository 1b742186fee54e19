package ir.kanoonyar.db.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CourseRepository extends JpaRepository<Course, Long> {

    Optional<Course> findByCode(String code);

    boolean existsByCode(String code);

    /** Courses a person of this province (null: not known) may take: national ones and the province's own. */
    @Query("SELECT c FROM Course c WHERE c.archived = FALSE AND c.publishedVersionId IS NOT NULL "
            + "AND (c.provinceId IS NULL OR c.provinceId = :provinceId) ORDER BY c.provinceId ASC NULLS FIRST, c.id")
    List<Course> findOpenTo(@Param("provinceId") Long provinceId);

    /** National courses (provinceId null) first, then the province's own; all when provinceId is null. */
    @Query("SELECT c FROM Course c WHERE :provinceId IS NULL OR c.provinceId IS NULL OR c.provinceId = :provinceId "
            + "ORDER BY c.provinceId ASC NULLS FIRST, c.id")
    List<Course> findVisibleTo(@Param("provinceId") Long provinceId);
}
