package ir.kanoonyar.db.request;

import java.util.List;

/** A final approval refused because required consents or inquiries are missing or not clear. */
public class ApprovalBlockedException extends RuntimeException {

    private final List<ConsentRole> missingConsents;
    private final List<InquiryType> missingInquiries;

    public ApprovalBlockedException(List<ConsentRole> missingConsents, List<InquiryType> missingInquiries) {
        super("Cannot approve: missing consents " + missingConsents + ", inquiries not clear " + missingInquiries);
        this.missingConsents = List.copyOf(missingConsents);
        this.missingInquiries = List.copyOf(missingInquiries);
    }

    public List<ConsentRole> getMissingConsents() {
        return missingConsents;
    }

    public List<InquiryType> getMissingInquiries() {
        return missingInquiries;
    }
}
