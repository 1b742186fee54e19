package ir.kanoonyar.db.consultation;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/**
 * A question a staff member put to experts of other provinces about a case. The experts see the
 * question, the excerpt of the case the asker chose to share, and the thread; nothing else of the
 * case, and their scope does not change.
 */
@Entity
public class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private SubjectKind subjectKind;

    private long subjectId;
    private Long subjectProvinceId;
    private long askerAccountId;
    private String question;
    private String excerpt;
    private Instant createdAt;
    private Instant lastMessageAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_expert", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "expert_account_id")
    private Set<Long> experts = new LinkedHashSet<>();

    protected Consultation() {
    }

    Consultation(SubjectKind subjectKind, long subjectId, Long subjectProvinceId, long askerAccountId,
                 String question, String excerpt, Set<Long> experts, Instant at) {
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.subjectProvinceId = subjectProvinceId;
        this.askerAccountId = askerAccountId;
        this.question = question;
        this.excerpt = excerpt;
        this.experts = new LinkedHashSet<>(experts);
        this.createdAt = at;
        this.lastMessageAt = at;
    }

    /** Whether the staff member asked it or was asked. */
    public boolean hasParticipant(long accountId) {
        return askerAccountId == accountId || experts.contains(accountId);
    }

    void messagePosted(Instant at) {
        this.lastMessageAt = at;
    }

    public Long getId() {
        return id;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Long getSubjectProvinceId() {
        return subjectProvinceId;
    }

    public long getAskerAccountId() {
        return askerAccountId;
    }

    public String getQuestion() {
        return question;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastMessageAt() {
        return lastMessageAt;
    }

    public Set<Long> getExperts() {
        return Set.copyOf(experts);
    }
}
