package ir.kanoonyar.db.inbox;

import java.util.Optional;

import ir.kanoonyar.db.person.Channel;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InboundUpdateRepository extends JpaRepository<InboundUpdate, Long> {

    Optional<InboundUpdate> findByChannelAndUpdateId(Channel channel, long updateId);
}
