package ir.kanoonyar.db.request;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentRepository extends JpaRepository<Consent, Long> {

    Optional<Consent> findByToken(String token);

    List<Consent> findByRequestId(Long requestId);
}
