package ir.kanoonyar.db.board;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A thread of the national board, where experts share practice; the national admin may pin it. */
@Entity
public class BoardTopic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String body;
    private long authorAccountId;
    private Instant createdAt;
    private Instant lastPostAt;
    private int replies;
    private boolean pinned;

    @Version
    private long version;

    protected BoardTopic() {
    }

    BoardTopic(String title, String body, long authorAccountId, Instant at) {
        this.title = title;
        this.body = body;
        this.authorAccountId = authorAccountId;
        this.createdAt = at;
        this.lastPostAt = at;
    }

    void replied(Instant at) {
        replies++;
        lastPostAt = at;
    }

    void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public long getAuthorAccountId() {
        return authorAccountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastPostAt() {
        return lastPostAt;
    }

    public int getReplies() {
        return replies;
    }

    public boolean isPinned() {
        return pinned;
    }
}
