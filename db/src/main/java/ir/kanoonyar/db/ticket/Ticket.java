package ir.kanoonyar.db.ticket;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A person's question or service request to the staff of their region, answered in a thread of
 * {@link TicketMessage}s. Moves only as {@link TicketState#next()} allows; {@code waitingSince} is when
 * the side that must act now began to wait (the queue sorts by it).
 */
@Entity
public class Ticket {

    public static final int SUBJECT_LENGTH = 200;
    public static final int COMMENT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long personId;
    private Long provinceId;
    private Long countyId;

    @Enumerated(EnumType.STRING)
    private TicketCategory category;

    @Enumerated(EnumType.STRING)
    private TicketState state;

    @Enumerated(EnumType.STRING)
    private TicketLevel level;

    private Long assignedStaffId;
    private String subject;
    private Instant createdAt;
    private Instant waitingSince;
    private Instant firstResponseAt;
    private Instant resolvedAt;
    private Integer rating;
    private String ratingComment;
    private Instant ratedAt;
    /** When the escalation job told staff that the ticket had no first answer in time (V47); set by SQL only. */
    private Instant escalatedAt;
    /** The service request this ticket was opened for (V57), else null. */
    private Long requestId;

    @Version
    private long version;

    protected Ticket() {
    }

    public Ticket(Long personId, Long provinceId, Long countyId, TicketCategory category, String subject, Instant at) {
        this.personId = Objects.requireNonNull(personId, "personId");
        this.provinceId = Objects.requireNonNull(provinceId, "provinceId");
        this.countyId = countyId;
        this.category = Objects.requireNonNull(category, "category");
        this.subject = subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH - 1) + "…";
        this.state = TicketState.OPEN;
        this.level = countyId == null ? TicketLevel.PROVINCE : TicketLevel.COUNTY;
        this.createdAt = at;
        this.waitingSince = at;
    }

    /** Links the ticket to the service request it was opened for. */
    void forRequest(Long id) {
        this.requestId = id;
    }

    void moveTo(TicketState target, Instant at) {
        if (!state.canMoveTo(target)) {
            throw new TicketRefused(TicketRefusal.WRONG_STATE);
        }
        this.state = target;
        this.waitingSince = at;
        if (target == TicketState.RESOLVED) {
            this.resolvedAt = at;
        } else if (target == TicketState.WAITING_FOR_STAFF) {
            this.resolvedAt = null;
        }
    }

    /** A staff answer: the first one is the first response. */
    void answered(Instant at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
        if (state != TicketState.WAITING_FOR_PERSON) {
            moveTo(TicketState.WAITING_FOR_PERSON, at);
        }
    }

    void assignTo(Long staffId) {
        this.assignedStaffId = staffId;
    }

    void passToProvince() {
        if (level == TicketLevel.PROVINCE) {
            throw new TicketRefused(TicketRefusal.ALREADY_AT_PROVINCE);
        }
        this.level = TicketLevel.PROVINCE;
        this.assignedStaffId = null;
    }

    void rate(int stars, Instant at) {
        if (stars < 1 || stars > 5) {
            throw new TicketRefused(TicketRefusal.RATING_OUT_OF_RANGE);
        }
        if (state != TicketState.RESOLVED || rating != null) {
            throw new TicketRefused(TicketRefusal.CANNOT_RATE);
        }
        this.rating = stars;
        this.ratedAt = at;
    }

    void comment(String text) {
        this.ratingComment = text;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Long getCountyId() {
        return countyId;
    }

    public TicketCategory getCategory() {
        return category;
    }

    public TicketState getState() {
        return state;
    }

    public TicketLevel getLevel() {
        return level;
    }

    public Long getAssignedStaffId() {
        return assignedStaffId;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getWaitingSince() {
        return waitingSince;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Long getRequestId() {
        return requestId;
    }

    public long getVersion() {
        return version;
    }
}
