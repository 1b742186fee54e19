package ir.kanoonyar.db.request;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestRepository extends JpaRepository<Request, Long> {

    Optional<Request> findByTrackingCode(String trackingCode);

    List<Request> findByApplicantPersonIdOrderByCreatedAtDesc(Long applicantPersonId);

    /** A kanoon's requests of one type, newest first (the deputy's fast-track manager change). */
    List<Request> findByKanoonIdAndTypeOrderByIdDesc(Long kanoonId, RequestType type);

    boolean existsByTrackingCode(String trackingCode);
}
