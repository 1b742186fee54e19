package ir.kanoonyar.backoffice.guidelines;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.guideline.GuidelineVersion;
import ir.kanoonyar.db.guideline.GuidelineVersionRepository;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.InquiryRequirement;
import ir.kanoonyar.db.request.InquiryRequirementRepository;
import ir.kanoonyar.db.request.InquiryType;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.ReviewRoute;
import ir.kanoonyar.db.request.ReviewRouteRepository;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.db.training.Course;
import ir.kanoonyar.db.training.CourseRepository;
import ir.kanoonyar.db.training.CourseVersion;
import ir.kanoonyar.db.training.CourseVersionRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The national admin's settings: guideline versions (only ever added), the review route of each
 * request type per province, and the inquiries each request type needs. Nobody else may change them.
 */
@Service
class GuidelineSettings {

    private final GuidelineVersionRepository versions;
    private final ReviewRouteRepository routes;
    private final InquiryRequirementRepository requirements;
    private final ProvinceRepository provinces;
    private final CourseRepository courses;
    private final CourseVersionRepository courseVersions;
    private final Clock clock;

    GuidelineSettings(GuidelineVersionRepository versions, ReviewRouteRepository routes,
                      InquiryRequirementRepository requirements, ProvinceRepository provinces,
                      CourseRepository courses, CourseVersionRepository courseVersions, Clock clock) {
        this.versions = versions;
        this.courses = courses;
        this.courseVersions = courseVersions;
        this.routes = routes;
        this.requirements = requirements;
        this.provinces = provinces;
        this.clock = clock;
    }

    static void requireNational(StaffScope scope) {
        if (scope.role() != StaffRole.NATIONAL_ADMIN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    @Transactional(readOnly = true)
    Optional<GuidelineVersion> inForce(StaffScope scope) {
        requireNational(scope);
        return versions.findInForceAt(clock.instant());
    }

    @Transactional(readOnly = true)
    List<GuidelineVersion> history(StaffScope scope) {
        requireNational(scope);
        return versions.findAllByOrderByVersionNumberDesc();
    }

    /** Saves the form's rules as the next version; never changes a saved one. */
    @Transactional
    GuidelineVersion addVersion(StaffScope scope, GuidelineVersion.Builder rules) {
        requireNational(scope);
        int next = versions.findLatestVersionNumber().orElse(0) + 1;
        return versions.save(rules.versionNumber(next).createdBy(scope.username()).createdAt(clock.instant()).build());
    }

    /** A national course the guideline can make mandatory: its code and published title. */
    record CourseChoice(String code, String title) {
    }

    /** The published national courses (provincial ones bind only their province, so not offered here). */
    @Transactional(readOnly = true)
    List<CourseChoice> nationalCourses(StaffScope scope) {
        requireNational(scope);
        List<Course> open = courses.findOpenTo(null);
        Map<Long, String> titles = courseVersions.findAllById(open.stream().map(Course::getPublishedVersionId).toList())
                .stream().collect(Collectors.toMap(CourseVersion::getId, CourseVersion::getTitle));
        return open.stream().map(c -> new CourseChoice(c.getCode(), titles.getOrDefault(c.getPublishedVersionId(), "")))
                .toList();
    }

    @Transactional(readOnly = true)
    List<Province> provinces(StaffScope scope) {
        requireNational(scope);
        return provinces.findAllByOrderByCodeAsc();
    }

    /** The province, or 404; null stands for the national default. */
    @Transactional(readOnly = true)
    Province province(StaffScope scope, Long provinceId) {
        requireNational(scope);
        if (provinceId == null) {
            return null;
        }
        return provinces.findById(provinceId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The route in force for each request type in the province (or the national default). */
    @Transactional(readOnly = true)
    List<RouteRow> routes(StaffScope scope, Long provinceId) {
        province(scope, provinceId);
        return EnumSet.allOf(RequestType.class).stream().map(type -> {
            ReviewRoute route = routes.routeFor(provinceId, type);
            boolean own = provinceId == null || !route.isNationalDefault();
            return new RouteRow(type, route.isCountyReview(), route.isProvinceReview(), route.consentRoles(),
                    route.getReviewDays(), own);
        }).toList();
    }

    /**
     * Sets a request type's route in the province (its own row, made when it has none) or the
     * national default.
     *
     * @throws IllegalArgumentException when no review step is chosen or the days are below one
     */
    @Transactional
    ReviewRoute saveRoute(StaffScope scope, Long provinceId, RequestType type, boolean countyReview,
                          boolean provinceReview, Set<ConsentRole> consents, int reviewDays) {
        province(scope, provinceId);
        long scopeId = provinceId == null ? 0L : provinceId;
        ReviewRoute route = routes.findByScopeIdAndRequestType(scopeId, type)
                .orElseGet(() -> new ReviewRoute(provinceId, type, countyReview, provinceReview, consents, reviewDays));
        route.change(countyReview, provinceReview, consents, reviewDays, scope.username(), clock.instant());
        return routes.save(route);
    }

    /** Drops a province's own route, so the national default applies again. */
    @Transactional
    void useNationalDefault(StaffScope scope, long provinceId, RequestType type) {
        province(scope, provinceId);
        routes.findByScopeIdAndRequestType(provinceId, type).ifPresent(routes::delete);
    }

    @Transactional(readOnly = true)
    List<InquiryRequirement> requirements(StaffScope scope) {
        requireNational(scope);
        return requirements.findAll().stream()
                .sorted(java.util.Comparator.comparing(InquiryRequirement::getRequestType)
                        .thenComparing(InquiryRequirement::getInquiryType))
                .toList();
    }

    /** Adds the requirement unless it is there already. */
    @Transactional
    void require(StaffScope scope, RequestType requestType, InquiryType inquiryType) {
        requireNational(scope);
        boolean present = requirements.findByRequestType(requestType).stream()
                .anyMatch(r -> r.getInquiryType() == inquiryType);
        if (!present) {
            requirements.save(new InquiryRequirement(requestType, inquiryType));
        }
    }

    @Transactional
    void drop(StaffScope scope, long requirementId) {
        requireNational(scope);
        InquiryRequirement requirement = requirements.findById(requirementId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        requirements.delete(requirement);
    }

    record RouteRow(RequestType type, boolean countyReview, boolean provinceReview, Set<ConsentRole> consents,
                    int reviewDays, boolean own) {
    }
}
