package ir.kanoonyar.db.kanoon;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LicenceRepository extends JpaRepository<Licence, Long> {

    Optional<Licence> findByNumber(String number);

    boolean existsByNumber(String number);

    /** The licence an approved request issued, if any. */
    Optional<Licence> findFirstByRequestIdOrderByIdAsc(Long requestId);

    /** A kanoon's latest licence (a renewal issues a newer one): the one «کانون من» shows and resends. */
    Optional<Licence> findFirstByKanoonIdOrderByIdDesc(Long kanoonId);
}
