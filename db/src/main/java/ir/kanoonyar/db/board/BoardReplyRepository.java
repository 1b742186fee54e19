package ir.kanoonyar.db.board;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardReplyRepository extends JpaRepository<BoardReply, Long> {

    Page<BoardReply> findByTopicIdOrderByIdAsc(long topicId, Pageable page);
}
