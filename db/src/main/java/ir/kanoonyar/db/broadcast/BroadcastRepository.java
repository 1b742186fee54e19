package ir.kanoonyar.db.broadcast;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BroadcastRepository extends JpaRepository<Broadcast, Long> {

    /** One broadcast, locked until the transaction ends: its moves and its enqueueing happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Broadcast b where b.id = :id")
    Optional<Broadcast> lockById(@Param("id") Long id);

    /** Newest first, all of them (the national view). */
    List<Broadcast> findAllByOrderByIdDesc(Pageable page);

    /** Newest first: those of one province, its counties' included. */
    List<Broadcast> findByProvinceIdOrderByIdDesc(Long provinceId, Pageable page);

    /** Newest first: those of one county. */
    List<Broadcast> findByCountyIdOrderByIdDesc(Long countyId, Pageable page);
}
