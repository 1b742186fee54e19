package ir.kanoonyar.db.request;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRouteRepository extends JpaRepository<ReviewRoute, Long> {

    Optional<ReviewRoute> findByScopeIdAndRequestType(long scopeId, RequestType requestType);

    List<ReviewRoute> findByScopeIdOrderByRequestType(long scopeId);

    /** The route in force for a province: its own, else the national default. */
    default ReviewRoute routeFor(Long provinceId, RequestType type) {
        if (provinceId != null) {
            Optional<ReviewRoute> own = findByScopeIdAndRequestType(provinceId, type);
            if (own.isPresent()) {
                return own.get();
            }
        }
        return findByScopeIdAndRequestType(ReviewRoute.NATIONAL_SCOPE, type)
                .orElseThrow(() -> new IllegalStateException("No national review route for " + type));
    }
}
