package ir.kanoonyar.db.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

    List<Ticket> findTop10ByPersonIdOrderByCreatedAtDesc(Long personId);

    Optional<Ticket> findFirstByRequestIdOrderByIdAsc(Long requestId);

    Optional<Ticket> findByIdAndPersonId(Long id, Long personId);

    List<Ticket> findByPersonIdAndStateInOrderByWaitingSinceDesc(Long personId, Collection<TicketState> states);
}
