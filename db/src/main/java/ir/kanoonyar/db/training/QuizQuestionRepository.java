package ir.kanoonyar.db.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizQuestionRepository extends JpaRepository<QuizQuestion, Long> {

    List<QuizQuestion> findByCourseVersionIdOrderByPosition(Long courseVersionId);

    Optional<QuizQuestion> findByCourseVersionIdAndPosition(Long courseVersionId, int position);

    int countByCourseVersionId(Long courseVersionId);
}
