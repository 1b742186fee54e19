package ir.kanoonyar.db.member;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KanoonMemberRepository extends JpaRepository<KanoonMember, Long> {

    Page<KanoonMember> findByKanoonIdOrderByLastNameAscFirstNameAscIdAsc(Long kanoonId, Pageable page);

    List<KanoonMember> findByKanoonId(Long kanoonId);

    long countByKanoonId(Long kanoonId);

    Optional<KanoonMember> findByKanoonIdAndPhone(Long kanoonId, String phone);

    Optional<KanoonMember> findByKanoonIdAndNationalCode(Long kanoonId, String nationalCode);
}
