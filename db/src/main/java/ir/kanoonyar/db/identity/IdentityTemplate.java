package ir.kanoonyar.db.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One version of the standard designs (table {@code identity_template}): a design per {@link Piece},
 * a placement per piece and {@link Element}, and the logo (none: the standard emblem). Versions are
 * only ever added; {@link IdentityTemplates} checks a new one before it is saved.
 */
@Entity
@Table(name = "identity_template")
@Immutable
public class IdentityTemplate {

    public static final int NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int versionNumber;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Lob
    @Column(columnDefinition = "mediumblob")
    private byte[] logo;

    @Column(length = 50)
    private String logoContentType;

    @Column(nullable = false, length = 100)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_design", joinColumns = @JoinColumn(name = "template_id"))
    private Set<Design> designs = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_placement", joinColumns = @JoinColumn(name = "template_id"))
    private Set<Placement> placements = new HashSet<>();

    protected IdentityTemplate() {
    }

    IdentityTemplate(int versionNumber, String note, byte[] logo, String logoContentType,
                     Collection<Design> designs, Collection<Placement> placements, String createdBy,
                     Instant createdAt) {
        this.versionNumber = versionNumber;
        this.note = note;
        this.logo = logo;
        this.logoContentType = logoContentType;
        this.designs = new HashSet<>(designs);
        this.placements = new HashSet<>(placements);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getNote() {
        return note;
    }

    /** The logo's bytes (PNG or JPEG), empty for the standard emblem. */
    public Optional<byte[]> getLogo() {
        return Optional.ofNullable(logo);
    }

    public String getLogoContentType() {
        return logoContentType;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Design design(Piece piece) {
        return designs.stream().filter(d -> d.getPiece() == piece).findFirst()
                .orElseThrow(() -> new IllegalStateException("Version " + versionNumber + " has no " + piece));
    }

    public Placement placement(Piece piece, Element element) {
        return placements.stream().filter(p -> p.getPiece() == piece && p.getElement() == element).findFirst()
                .orElseThrow(() -> new IllegalStateException("Version " + versionNumber + " places no " + element
                        + " on " + piece));
    }
}
