package ir.kanoonyar.db.request;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InquiryRequirementRepository extends JpaRepository<InquiryRequirement, Long> {

    List<InquiryRequirement> findByRequestType(RequestType requestType);
}
