package ir.kanoonyar.db.training;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingMediaRepository extends JpaRepository<TrainingMedia, Long> {
}
