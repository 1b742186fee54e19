package ir.kanoonyar.db.training;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizOptionRepository extends JpaRepository<QuizOption, Long> {

    List<QuizOption> findByQuestionIdOrderByPosition(Long questionId);

    List<QuizOption> findByQuestionIdInOrderByQuestionIdAscPositionAsc(Collection<Long> questionIds);

    void deleteByQuestionId(Long questionId);
}
