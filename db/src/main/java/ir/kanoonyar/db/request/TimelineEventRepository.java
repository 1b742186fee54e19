package ir.kanoonyar.db.request;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineEventRepository extends JpaRepository<TimelineEvent, Long> {

    List<TimelineEvent> findByRequestIdOrderBySeqAsc(Long requestId);
}
