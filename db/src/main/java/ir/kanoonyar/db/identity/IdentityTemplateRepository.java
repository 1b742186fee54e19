package ir.kanoonyar.db.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Template versions: only ever added, so no update or delete. */
public interface IdentityTemplateRepository extends Repository<IdentityTemplate, Long> {

    IdentityTemplate save(IdentityTemplate template);

    Optional<IdentityTemplate> findByVersionNumber(int versionNumber);

    /** The version in force: the highest number. */
    Optional<IdentityTemplate> findFirstByOrderByVersionNumberDesc();

    @Query("select t.versionNumber as versionNumber, t.note as note, t.createdBy as createdBy,"
            + " t.createdAt as createdAt from IdentityTemplate t order by t.versionNumber desc")
    List<VersionSummary> findSummaries();

    @Query("select max(t.versionNumber) from IdentityTemplate t")
    Optional<Integer> findLatestVersionNumber();

    /** A version in the list of versions, without its designs and logo. */
    interface VersionSummary {
        int getVersionNumber();

        String getNote();

        String getCreatedBy();

        java.time.Instant getCreatedAt();
    }
}
