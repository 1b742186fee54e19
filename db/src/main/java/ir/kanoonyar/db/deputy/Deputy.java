package ir.kanoonyar.db.deputy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One nomination of a kanoon's deputy (جانشین) and what became of it; rows are never deleted, so a
 * kanoon's deputies make its history. While a row is open (invited or active) it also fills
 * {@code open_kanoon_id} and {@code open_person_id}, whose unique keys allow one open row per kanoon
 * and per person.
 */
@Entity
@Table(name = "kanoon_deputy")
public class Deputy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long kanoonId;
    private Long personId;
    private Long namedByPersonId;

    @Enumerated(EnumType.STRING)
    private DeputyStatus status;

    private Long openKanoonId;
    private Long openPersonId;
    private Instant namedAt;
    private Instant answeredAt;
    private Instant endedAt;

    @Version
    private long version;

    protected Deputy() {
    }

    Deputy(Long kanoonId, Long personId, Long namedByPersonId, Instant at) {
        this.kanoonId = kanoonId;
        this.personId = personId;
        this.namedByPersonId = namedByPersonId;
        this.status = DeputyStatus.INVITED;
        this.openKanoonId = kanoonId;
        this.openPersonId = personId;
        this.namedAt = at;
    }

    void accept(Instant at) {
        require(DeputyStatus.INVITED);
        this.status = DeputyStatus.ACTIVE;
        this.answeredAt = at;
    }

    void decline(Instant at) {
        require(DeputyStatus.INVITED);
        this.answeredAt = at;
        close(DeputyStatus.DECLINED, at);
    }

    void remove(Instant at) {
        close(DeputyStatus.REMOVED, at);
    }

    void end(Instant at) {
        close(DeputyStatus.ENDED, at);
    }

    private void close(DeputyStatus to, Instant at) {
        if (!status.isOpen()) {
            throw new IllegalStateException("Deputy " + id + " is " + status + " already");
        }
        this.status = to;
        this.endedAt = at;
        this.openKanoonId = null;
        this.openPersonId = null;
    }

    private void require(DeputyStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Deputy " + id + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getKanoonId() {
        return kanoonId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getNamedByPersonId() {
        return namedByPersonId;
    }

    public DeputyStatus getStatus() {
        return status;
    }

    public Instant getNamedAt() {
        return namedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
