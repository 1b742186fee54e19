package ir.kanoonyar.db.request;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * The review steps a request type passes through in a province: county review, province review or
 * both, which consents it needs first, and how many days each step has. A row without a province is
 * the national default; a province's own row overrides it (e.g. to delegate the final approval of
 * manager changes to its county offices: county review only).
 */
@Entity
public class ReviewRoute {

    /** scope_id of the national default rows. */
    static final long NATIONAL_SCOPE = 0L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long provinceId;

    /** 0 for the national default, else the province id: keeps (scope, type) unique on MySQL too. */
    private long scopeId;

    @Enumerated(EnumType.STRING)
    private RequestType requestType;

    private boolean countyReview;
    private boolean provinceReview;

    /** Comma-separated {@link ConsentRole} names. */
    private String requiredConsents;

    private int reviewDays;
    private String updatedBy;
    private Instant updatedAt;

    @Version
    private long version;

    protected ReviewRoute() {
    }

    public ReviewRoute(Long provinceId, RequestType requestType, boolean countyReview, boolean provinceReview,
                       Set<ConsentRole> requiredConsents, int reviewDays) {
        this.provinceId = provinceId;
        this.scopeId = provinceId == null ? NATIONAL_SCOPE : provinceId;
        this.requestType = requestType;
        change(countyReview, provinceReview, requiredConsents, reviewDays, null, null);
    }

    public final void change(boolean countyReview, boolean provinceReview, Set<ConsentRole> requiredConsents,
                             int reviewDays, String by, Instant at) {
        if (!countyReview && !provinceReview) {
            throw new IllegalArgumentException("A route needs at least one review step");
        }
        if (reviewDays < 1) {
            throw new IllegalArgumentException("A review step needs at least one day");
        }
        this.countyReview = countyReview;
        this.provinceReview = provinceReview;
        this.requiredConsents = requiredConsents.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.reviewDays = reviewDays;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The first review step, which a request reaches once it is submitted and its consents are in. */
    public ReviewLevel firstLevel() {
        return countyReview ? ReviewLevel.COUNTY : ReviewLevel.PROVINCE;
    }

    /** The level whose approval is final. */
    public ReviewLevel finalLevel() {
        return provinceReview ? ReviewLevel.PROVINCE : ReviewLevel.COUNTY;
    }

    public boolean passesThrough(ReviewLevel level) {
        return level == ReviewLevel.COUNTY ? countyReview : provinceReview;
    }

    public Set<ConsentRole> consentRoles() {
        if (requiredConsents == null || requiredConsents.isBlank()) {
            return EnumSet.noneOf(ConsentRole.class);
        }
        return Arrays.stream(requiredConsents.split(","))
                .map(String::trim)
                .map(ConsentRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConsentRole.class)));
    }

    public boolean needsConsents() {
        return !consentRoles().isEmpty();
    }

    public boolean isNationalDefault() {
        return provinceId == null;
    }

    public Long getId() {
        return id;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public RequestType getRequestType() {
        return requestType;
    }

    public boolean isCountyReview() {
        return countyReview;
    }

    public boolean isProvinceReview() {
        return provinceReview;
    }

    public int getReviewDays() {
        return reviewDays;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
