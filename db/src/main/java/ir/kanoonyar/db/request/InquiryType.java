package ir.kanoonyar.db.request;

/** Inquiries (استعلام) sent to other agencies about an applicant. */
public enum InquiryType {
    CRIMINAL_RECORD,
    ADDICTION,
    SECURITY,
    EDUCATION,
    BASIJ_ENDORSEMENT
}
