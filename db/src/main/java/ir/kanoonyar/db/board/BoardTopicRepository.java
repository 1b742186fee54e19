package ir.kanoonyar.db.board;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardTopicRepository extends JpaRepository<BoardTopic, Long> {

    /** Pinned topics first, then the latest activity. */
    Page<BoardTopic> findAllByOrderByPinnedDescLastPostAtDescIdDesc(Pageable page);
}
