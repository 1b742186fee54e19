package ir.kanoonyar.db.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    List<QuizAttempt> findByEnrolmentIdOrderByAttemptNumber(Long enrolmentId);

    Optional<QuizAttempt> findFirstByEnrolmentIdOrderByAttemptNumberDesc(Long enrolmentId);
}
