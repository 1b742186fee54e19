package ir.kanoonyar.db.kanoon;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KanoonRepository extends JpaRepository<Kanoon, Long> {

    /** For the "one kanoon per manager" rule. */
    long countByManagerPersonIdAndStatusNot(Long managerPersonId, KanoonStatus status);

    List<Kanoon> findByManagerPersonId(Long managerPersonId);
}
