package ir.kanoonyar.db.ticket;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One message of a ticket's thread: by the person (authorPersonId) or by staff (authorStaffId), with
 * the author's name as it was then. A staff answer names the outbox row that delivers it; an internal
 * note is never sent.
 */
@Entity
public class TicketMessage {

    public static final int BODY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long ticketId;
    private Long authorPersonId;
    private Long authorStaffId;
    private String authorName;

    @Enumerated(EnumType.STRING)
    private TicketMessageKind kind;

    private String body;
    private Long attachmentId;
    private boolean internalNote;
    private Long outboxMessageId;
    private Instant createdAt;

    protected TicketMessage() {
    }

    private TicketMessage(Long ticketId, Long authorPersonId, Long authorStaffId, String authorName,
                          TicketMessageKind kind, String body, Long attachmentId, boolean internalNote, Instant at) {
        this.ticketId = Objects.requireNonNull(ticketId, "ticketId");
        this.authorPersonId = authorPersonId;
        this.authorStaffId = authorStaffId;
        this.authorName = authorName == null ? "" : authorName;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.body = body == null ? "" : body;
        this.attachmentId = attachmentId;
        this.internalNote = internalNote;
        this.createdAt = at;
    }

    static TicketMessage byPerson(Long ticketId, Long personId, String name, TicketMessageKind kind, String body,
                                  Long attachmentId, Instant at) {
        return new TicketMessage(ticketId, personId, null, name, kind, body, attachmentId, false, at);
    }

    static TicketMessage byStaff(Long ticketId, Long staffId, String name, String body, boolean note, Instant at) {
        return new TicketMessage(ticketId, null, staffId, name, TicketMessageKind.TEXT, body, null, note, at);
    }

    void deliveredBy(Long outboxId) {
        this.outboxMessageId = outboxId;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Long getAuthorPersonId() {
        return authorPersonId;
    }

    public Long getAuthorStaffId() {
        return authorStaffId;
    }

    public boolean isByStaff() {
        return authorStaffId != null;
    }

    public String getAuthorName() {
        return authorName;
    }

    public TicketMessageKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public boolean isInternalNote() {
        return internalNote;
    }

    public Long getOutboxMessageId() {
        return outboxMessageId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
