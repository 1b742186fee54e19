package ir.kanoonyar.db.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonChatRepository extends JpaRepository<PersonChat, Long> {

    Optional<PersonChat> findByChannelAndChatId(Channel channel, long chatId);

    List<PersonChat> findByPersonId(Long personId);

    /** The chats a message to the person can go to: every one they have not blocked the bot in. */
    List<PersonChat> findByPersonIdAndBlockedAtIsNull(Long personId);

    /** Those of the given chats whose person blocked the bot. */
    List<PersonChat> findByChannelAndChatIdInAndBlockedAtIsNotNull(Channel channel, Collection<Long> chatIds);
}
