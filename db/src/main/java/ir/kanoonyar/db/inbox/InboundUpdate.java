package ir.kanoonyar.db.inbox;

import java.time.Instant;

import ir.kanoonyar.db.person.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An update as the messenger sent it, stored before it is acknowledged; (channel, update_id) is unique. */
@Entity
public class InboundUpdate {

    /** Up to 1 MiB of characters: MEDIUMTEXT on MySQL, VARCHAR on H2, so one migration serves both. */
    private static final int MEDIUMTEXT = 1_048_576;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private long updateId;
    private Long chatId;

    @Column(length = MEDIUMTEXT)
    private String payload;

    @Enumerated(EnumType.STRING)
    private InboundStatus status;

    private int attempts;
    private String lastError;
    private Instant receivedAt;
    private Instant processedAt;

    protected InboundUpdate() {
    }

    public InboundUpdate(Channel channel, long updateId, Long chatId, String payload, Instant receivedAt) {
        this.channel = channel;
        this.updateId = updateId;
        this.chatId = chatId;
        this.payload = payload;
        this.status = InboundStatus.RECEIVED;
        this.receivedAt = receivedAt;
    }

    public void done(InboundStatus outcome, String error, Instant at) {
        this.status = outcome;
        this.lastError = error;
        this.processedAt = at;
        this.attempts++;
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public long getUpdateId() {
        return updateId;
    }

    public Long getChatId() {
        return chatId;
    }

    public String getPayload() {
        return payload;
    }

    public InboundStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }
}
