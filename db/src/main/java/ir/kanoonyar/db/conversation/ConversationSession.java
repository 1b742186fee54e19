package ir.kanoonyar.db.conversation;

import java.time.Instant;

import ir.kanoonyar.db.person.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Where a chat is in its conversation with the bot, kept in the database so a restart loses nothing. */
@Entity
public class ConversationSession {

    /** Up to 1 MiB of characters: MEDIUMTEXT on MySQL, VARCHAR on H2, so one migration serves both. */
    private static final int MEDIUMTEXT = 1_048_576;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private long chatId;
    private Long personId;
    private String flow;
    private String step;

    /** The flow's own state (answers so far), as JSON. */
    @Column(length = MEDIUMTEXT)
    private String state;

    private Instant updatedAt;

    @Version
    private long version;

    protected ConversationSession() {
    }

    public ConversationSession(Channel channel, long chatId, Instant at) {
        this.channel = channel;
        this.chatId = chatId;
        this.updatedAt = at;
    }

    public void moveTo(String flow, String step, String state, Instant at) {
        this.flow = flow;
        this.step = step;
        this.state = state;
        this.updatedAt = at;
    }

    public void reset(Instant at) {
        moveTo(null, null, null, at);
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public long getChatId() {
        return chatId;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getFlow() {
        return flow;
    }

    public String getStep() {
        return step;
    }

    public String getState() {
        return state;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
