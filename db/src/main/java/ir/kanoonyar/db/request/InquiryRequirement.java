package ir.kanoonyar.db.request;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A setting: requests of this type need an inquiry of that type before approval. */
@Entity
public class InquiryRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private RequestType requestType;

    @Enumerated(EnumType.STRING)
    private InquiryType inquiryType;

    protected InquiryRequirement() {
    }

    public InquiryRequirement(RequestType requestType, InquiryType inquiryType) {
        this.requestType = requestType;
        this.inquiryType = inquiryType;
    }

    public Long getId() {
        return id;
    }

    public RequestType getRequestType() {
        return requestType;
    }

    public InquiryType getInquiryType() {
        return inquiryType;
    }
}
