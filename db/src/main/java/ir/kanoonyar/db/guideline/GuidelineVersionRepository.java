package ir.kanoonyar.db.guideline;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Guideline versions. Versions are only ever added, never changed or deleted, so this repository
 * offers no update or delete.
 */
public interface GuidelineVersionRepository extends Repository<GuidelineVersion, Long> {

    /** Saves a new version (its version number must be unused). */
    GuidelineVersion save(GuidelineVersion version);

    Optional<GuidelineVersion> findById(Long id);

    Optional<GuidelineVersion> findByVersionNumber(int versionNumber);

    /** Every version, newest number first. */
    List<GuidelineVersion> findAllByOrderByVersionNumberDesc();

    /**
     * The version in force at the given time: the greatest {@code effective_from} not after it,
     * ties broken by the highest version number. Empty before the first version takes effect.
     */
    default Optional<GuidelineVersion> findInForceAt(Instant at) {
        return findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionNumberDesc(at);
    }

    /** Use {@link #findInForceAt(Instant)}. */
    Optional<GuidelineVersion> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionNumberDesc(Instant at);

    /** The highest version number saved; empty when there is no version at all. */
    @Query("select max(g.versionNumber) from GuidelineVersion g")
    Optional<Integer> findLatestVersionNumber();
}
