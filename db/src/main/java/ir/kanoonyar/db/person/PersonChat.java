package ir.kanoonyar.db.person;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A person's private chat with the bot on one messenger. */
@Entity
public class PersonChat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long personId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private long chatId;

    /** Set when the messenger answered 403: the person blocked the bot; nothing more is sent. */
    private Instant blockedAt;

    private Instant createdAt;

    protected PersonChat() {
    }

    public PersonChat(Long personId, Channel channel, long chatId, Instant createdAt) {
        this.personId = personId;
        this.channel = channel;
        this.chatId = chatId;
        this.createdAt = createdAt;
    }

    public void markBlocked(Instant at) {
        this.blockedAt = at;
    }

    /** A message from the person shows they unblocked the bot. */
    public void markReachable() {
        this.blockedAt = null;
    }

    public boolean isBlocked() {
        return blockedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public Channel getChannel() {
        return channel;
    }

    public long getChatId() {
        return chatId;
    }

    public Instant getBlockedAt() {
        return blockedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
