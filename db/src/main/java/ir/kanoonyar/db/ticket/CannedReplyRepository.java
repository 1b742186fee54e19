package ir.kanoonyar.db.ticket;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CannedReplyRepository extends JpaRepository<CannedReply, Long> {

    /** National replies and those of one province (null: national only). */
    @Query("SELECT c FROM CannedReply c WHERE c.provinceId IS NULL OR c.provinceId = :provinceId ORDER BY c.title")
    List<CannedReply> visibleIn(@Param("provinceId") Long provinceId);

    List<CannedReply> findAllByOrderByTitle();
}
