package ir.kanoonyar.db.mosque;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MosqueRepository extends JpaRepository<Mosque, Long> {

    List<Mosque> findTop20ByCountyIdAndNameContainingOrderByName(Long countyId, String namePart);
}
