package ir.kanoonyar.db.kanoon;

import java.util.Comparator;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KanoonRepository extends JpaRepository<Kanoon, Long> {

    /** For the "one kanoon per manager" rule. */
    long countByManagerPersonIdAndStatusNot(Long managerPersonId, KanoonStatus status);

    List<Kanoon> findByManagerPersonId(Long managerPersonId);

    /**
     * The active kanoons this person manages, oldest first: whom the bot treats as a kanoon's manager
     * («کانون من», members, activity reports). Empty for no person.
     */
    default List<Kanoon> activeManagedBy(Long managerPersonId) {
        if (managerPersonId == null) {
            return List.of();
        }
        return findByManagerPersonId(managerPersonId).stream().filter(k -> k.getStatus() == KanoonStatus.ACTIVE)
                .sorted(Comparator.comparing(Kanoon::getId)).toList();
    }
}
