package ir.kanoonyar.db.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SignPhotoRepository extends JpaRepository<SignPhoto, Long> {

    List<SignPhoto> findByKanoonIdAndStatus(Long kanoonId, SignPhotoStatus status);

    /** The kanoon's latest confirmed photo: "sign confirmed" and since when. */
    Optional<SignPhoto> findFirstByKanoonIdAndStatusOrderByDecidedAtDesc(Long kanoonId, SignPhotoStatus status);
}
