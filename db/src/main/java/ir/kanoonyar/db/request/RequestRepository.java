package ir.kanoonyar.db.request;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestRepository extends JpaRepository<Request, Long> {

    Optional<Request> findByTrackingCode(String trackingCode);

    List<Request> findByApplicantPersonIdOrderByCreatedAtDesc(Long applicantPersonId);

    boolean existsByTrackingCode(String trackingCode);
}
