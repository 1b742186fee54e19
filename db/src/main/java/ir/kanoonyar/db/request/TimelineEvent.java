package ir.kanoonyar.db.request;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One event in a request's signed timeline. Its {@link #getHash() hash} covers its own content and
 * the previous event's hash, so editing, inserting or deleting an event shows in {@link TimelineVerifier};
 * its {@link #getSignature() signature} (Ed25519, by the key {@link #getKeyId() key id}) covers the
 * hash, so rewriting an event and recomputing the chain shows too, unless done with the server's key.
 * Written once; there are no setters. Events written before signing began have no key id or signature.
 */
@Entity
public class TimelineEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long requestId;
    private int seq;

    @Enumerated(EnumType.STRING)
    private TimelineEventType eventType;

    @Enumerated(EnumType.STRING)
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private RequestStatus toStatus;

    private String actor;

    @Enumerated(EnumType.STRING)
    private ActorRole actorRole;

    private Instant occurredAt;
    private String comment;
    private String prevHash;
    private String hash;
    private String keyId;
    private String signature;

    protected TimelineEvent() {
    }

    TimelineEvent(Long requestId, int seq, TimelineEventType eventType, RequestStatus fromStatus,
                  RequestStatus toStatus, Actor actor, Instant occurredAt, String comment, String prevHash) {
        this.requestId = requestId;
        this.seq = seq;
        this.eventType = eventType;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor.name();
        this.actorRole = actor.role();
        this.occurredAt = occurredAt;
        this.comment = comment;
        this.prevHash = prevHash;
        this.hash = TimelineHash.of(this);
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public int getSeq() {
        return seq;
    }

    public TimelineEventType getEventType() {
        return eventType;
    }

    public RequestStatus getFromStatus() {
        return fromStatus;
    }

    public RequestStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public ActorRole getActorRole() {
        return actorRole;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getComment() {
        return comment;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }

    /** The key that signed this event; null for an event written before signing began. */
    public String getKeyId() {
        return keyId;
    }

    /** Base64 Ed25519 signature of the hash under {@link #getKeyId()}; null before signing began. */
    public String getSignature() {
        return signature;
    }

    void signWith(TimelineKey key) {
        this.keyId = key.keyId();
        this.signature = key.sign(hash);
    }
}
