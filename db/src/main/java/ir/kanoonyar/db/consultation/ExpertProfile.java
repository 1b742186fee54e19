package ir.kanoonyar.db.consultation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * What a staff member says of themself in the experts' directory: their specialties (short tags, one
 * a line) and whether they take consultations from other provinces. Edited only by its owner.
 */
@Entity
public class ExpertProfile {

    @Id
    private Long staffAccountId;

    private String specialties;
    private boolean takesConsultations;
    private Instant updatedAt;

    @Version
    private long version;

    protected ExpertProfile() {
    }

    ExpertProfile(long staffAccountId) {
        this.staffAccountId = staffAccountId;
        this.specialties = "";
    }

    void update(List<String> tags, boolean takesConsultations, Instant at) {
        this.specialties = String.join("\n", tags);
        this.takesConsultations = takesConsultations;
        this.updatedAt = at;
    }

    public Long getStaffAccountId() {
        return staffAccountId;
    }

    /** The tags, in the order their owner wrote them. */
    public List<String> specialties() {
        return specialties == null || specialties.isEmpty() ? List.of() : Arrays.asList(specialties.split("\n"));
    }

    public boolean isTakesConsultations() {
        return takesConsultations;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
