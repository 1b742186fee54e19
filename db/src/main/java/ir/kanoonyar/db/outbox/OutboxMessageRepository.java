package ir.kanoonyar.db.outbox;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByPersonIdOrderByIdAsc(Long personId);

    boolean existsByDedupKey(String dedupKey);
}
