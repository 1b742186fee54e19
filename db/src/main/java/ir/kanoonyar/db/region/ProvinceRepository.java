package ir.kanoonyar.db.region;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProvinceRepository extends JpaRepository<Province, Long> {

    Optional<Province> findByCode(String code);

    Optional<Province> findByName(String name);

    List<Province> findAllByOrderByCodeAsc();
}
