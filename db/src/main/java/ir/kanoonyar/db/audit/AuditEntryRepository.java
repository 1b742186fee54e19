package ir.kanoonyar.db.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findTop100ByActorOrderByOccurredAtDesc(String actor);

    /** How many entries of an action came from one address since a time (the login throttle's count). */
    long countByRemoteAddrAndActionAndOccurredAtAfter(String remoteAddr, String action, Instant after);
}
