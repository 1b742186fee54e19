package ir.kanoonyar.db.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface KbAnswerRepository extends JpaRepository<KbAnswer, Long> {

    /** National answers and those of one province (null: national only). */
    @Query("SELECT a FROM KbAnswer a WHERE a.provinceId IS NULL OR a.provinceId = :provinceId ORDER BY a.id")
    List<KbAnswer> visibleIn(@Param("provinceId") Long provinceId);

    List<KbAnswer> findAllByOrderByOpenedDescIdAsc();

    Optional<KbAnswer> findByAttachmentId(Long attachmentId);

    @Modifying
    @Query("UPDATE KbAnswer a SET a.offered = a.offered + 1 WHERE a.id IN :ids")
    int countOffered(@Param("ids") Collection<Long> ids);

    @Modifying
    @Query("UPDATE KbAnswer a SET a.opened = a.opened + 1 WHERE a.id = :id")
    int countOpened(@Param("id") Long id);
}
