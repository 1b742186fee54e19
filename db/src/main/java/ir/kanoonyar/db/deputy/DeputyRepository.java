package ir.kanoonyar.db.deputy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeputyRepository extends JpaRepository<Deputy, Long> {

    /** The kanoon's open nomination: invited or active. */
    Optional<Deputy> findByOpenKanoonId(Long kanoonId);

    /** The person's open nomination, of any kanoon. */
    Optional<Deputy> findByOpenPersonId(Long personId);

    /** The kanoon's history, newest first. */
    List<Deputy> findByKanoonIdOrderByNamedAtDesc(Long kanoonId);
}
