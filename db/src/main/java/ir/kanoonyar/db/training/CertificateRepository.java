package ir.kanoonyar.db.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    boolean existsByCode(String code);

    Optional<Certificate> findByPersonIdAndCourseVersionId(Long personId, Long courseVersionId);

    /** The latest revoked certificates of a course, for its page. */
    List<Certificate> findTop50ByCourseIdAndRevokedAtIsNotNullOrderByRevokedAtDesc(Long courseId);

    /** Codes of the courses the person holds a valid certificate for. */
    @Query("SELECT DISTINCT c.code FROM Certificate t JOIN Course c ON c.id = t.courseId "
            + "WHERE t.personId = :personId AND t.revokedAt IS NULL")
    List<String> findPassedCourseCodes(@Param("personId") Long personId);
}
