package ir.kanoonyar.db.region;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CountyRepository extends JpaRepository<County, Long> {

    Optional<County> findByCode(String code);

    List<County> findByProvinceIdOrderByCodeAsc(Long provinceId);

    Optional<County> findByProvinceIdAndName(Long provinceId, String name);
}
