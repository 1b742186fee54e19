package ir.kanoonyar.db.kanoon;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A mosque cultural and artistic centre, created when an establishment request is approved. */
@Entity
public class Kanoon {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private Long mosqueId;
    private Long provinceId;
    private Long countyId;

    @Enumerated(EnumType.STRING)
    private KanoonAudience audience;

    private Long managerPersonId;

    @Enumerated(EnumType.STRING)
    private KanoonStatus status;

    private int members;
    private LocalDate establishedOn;
    private LocalDate managerSince;

    /** When the last manager left (resignation or retirement approved); null while the kanoon has one. */
    private Instant managerLeftAt;

    private Long formerManagerPersonId;
    private Instant createdAt;

    @Version
    private long version;

    protected Kanoon() {
    }

    public Kanoon(String name, Long mosqueId, Long provinceId, Long countyId, KanoonAudience audience,
                  Long managerPersonId, LocalDate establishedOn, Instant createdAt) {
        this.name = name;
        this.mosqueId = mosqueId;
        this.provinceId = provinceId;
        this.countyId = countyId;
        this.audience = audience;
        this.managerPersonId = managerPersonId;
        this.managerSince = establishedOn;
        this.establishedOn = establishedOn;
        this.status = KanoonStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    public void changeManager(Long personId, LocalDate since) {
        this.managerPersonId = personId;
        this.managerSince = since;
        this.managerLeftAt = null;
        this.status = KanoonStatus.ACTIVE;
    }

    public void releaseManager(Instant at) {
        if (managerPersonId != null) {
            this.formerManagerPersonId = managerPersonId;
        }
        this.managerLeftAt = at;
        this.managerPersonId = null;
        this.managerSince = null;
        this.status = KanoonStatus.NO_MANAGER;
    }

    public void setMembers(int members) {
        this.members = members;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getMosqueId() {
        return mosqueId;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Long getCountyId() {
        return countyId;
    }

    public KanoonAudience getAudience() {
        return audience;
    }

    public Long getManagerPersonId() {
        return managerPersonId;
    }

    public KanoonStatus getStatus() {
        return status;
    }

    public int getMembers() {
        return members;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public LocalDate getManagerSince() {
        return managerSince;
    }

    public Instant getManagerLeftAt() {
        return managerLeftAt;
    }

    public Long getFormerManagerPersonId() {
        return formerManagerPersonId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
