package ir.kanoonyar.db.ticket;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketMessageRepository extends JpaRepository<TicketMessage, Long> {

    List<TicketMessage> findByTicketIdOrderByCreatedAtAscIdAsc(Long ticketId);

    List<TicketMessage> findByTicketIdAndInternalNoteFalseOrderByCreatedAtAscIdAsc(Long ticketId);
}
