package ir.kanoonyar.db.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    List<Consultation> findBySubjectKindAndSubjectIdOrderByCreatedAtDesc(SubjectKind kind, long subjectId);

    List<Consultation> findTop200ByAskerAccountIdOrderByLastMessageAtDesc(long askerAccountId);

    @Query("SELECT c FROM Consultation c WHERE :expert MEMBER OF c.experts ORDER BY c.lastMessageAt DESC")
    List<Consultation> askedOf(long expert);
}
