package ir.kanoonyar.db.board;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A reply in a board topic. */
@Entity
public class BoardReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long topicId;
    private long authorAccountId;
    private String body;
    private Instant createdAt;

    protected BoardReply() {
    }

    BoardReply(long topicId, long authorAccountId, String body, Instant createdAt) {
        this.topicId = topicId;
        this.authorAccountId = authorAccountId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getTopicId() {
        return topicId;
    }

    public long getAuthorAccountId() {
        return authorAccountId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
