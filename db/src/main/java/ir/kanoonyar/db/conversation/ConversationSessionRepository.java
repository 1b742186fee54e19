package ir.kanoonyar.db.conversation;

import java.util.Optional;

import ir.kanoonyar.db.person.Channel;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConversationSessionRepository extends JpaRepository<ConversationSession, Long> {

    Optional<ConversationSession> findByChannelAndChatId(Channel channel, long chatId);
}
