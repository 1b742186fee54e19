package ir.kanoonyar.db.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The audit log; the national admin's page filters it with specifications (person, action, time, object). */
public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    List<AuditEntry> findTop100ByActorOrderByOccurredAtDesc(String actor);

    /** How many entries of an action came from one address since a time (the login throttle's count). */
    long countByRemoteAddrAndActionAndOccurredAtAfter(String remoteAddr, String action, Instant after);
}
