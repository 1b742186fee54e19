package ir.kanoonyar.db.activity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityReportRepository extends JpaRepository<ActivityReport, Long> {

    Optional<ActivityReport> findByDraftKey(String draftKey);

    List<ActivityReport> findTop10ByManagerPersonIdOrderBySubmittedAtDesc(Long managerPersonId);
}
