package ir.kanoonyar.db.knowledge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KbMissRepository extends JpaRepository<KbMiss, Long> {

    List<KbMiss> findTop50ByOrderByCreatedAtDesc();

    List<KbMiss> findTop50ByProvinceIdOrderByCreatedAtDesc(Long provinceId);
}
