package ir.kanoonyar.db.outbox;

import java.time.Instant;

import ir.kanoonyar.db.person.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A message the bot must send. Written by whoever decides it (a staff decision, a reminder job, a
 * broadcast) in the same transaction as that decision; drained by the bot's sender.
 */
@Entity
public class OutboxMessage {

    /** Up to 1 MiB of characters: MEDIUMTEXT on MySQL, VARCHAR on H2, so one migration serves both. */
    private static final int MEDIUMTEXT = 1_048_576;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private long chatId;
    private Long personId;
    private String kind;

    /** Unique when set: a reminder for one subject and period is written at most once. */
    private String dedupKey;

    /** What to send, as the bot's own JSON (text, optional keyboard or file). */
    @Column(length = MEDIUMTEXT)
    private String body;

    @Enumerated(EnumType.STRING)
    private OutboxStatus status;

    private int attempts;
    private Instant notBefore;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(Channel channel, long chatId, Long personId, String kind, String dedupKey, String body,
                         Instant notBefore, Instant createdAt) {
        this.channel = channel;
        this.chatId = chatId;
        this.personId = personId;
        this.kind = kind;
        this.dedupKey = dedupKey;
        this.body = body;
        this.status = OutboxStatus.PENDING;
        this.notBefore = notBefore;
        this.createdAt = createdAt;
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

    public String getKind() {
        return kind;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public String getBody() {
        return body;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNotBefore() {
        return notBefore;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
