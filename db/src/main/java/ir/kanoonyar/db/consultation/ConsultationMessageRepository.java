package ir.kanoonyar.db.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationMessageRepository extends JpaRepository<ConsultationMessage, Long> {

    List<ConsultationMessage> findByConsultationIdOrderByIdAsc(long consultationId);
}
