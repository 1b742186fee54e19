package ir.kanoonyar.backoffice.requests;

import java.util.List;

import ir.kanoonyar.db.form.FormMessages.SummaryLine;
import ir.kanoonyar.db.guideline.Checklist;
import ir.kanoonyar.db.request.Attachment;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.Inquiry;
import ir.kanoonyar.db.request.InquiryType;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.TimelineEvent;

/**
 * Everything the request page shows, read in one transaction.
 *
 * @param checklist the eligibility checklist under the request's guideline version, or null when it
 *                  cannot be judged (not submitted, or the applicant's profile is incomplete)
 * @param canDecide whether the request waits at this staff member's step
 */
public record RequestView(Request request, RequestHeader header, String trackingCodeDisplay, String applicantName, String provinceName,
                          String countyName, String dueDisplay, boolean overdue, List<SummaryLine> answers,
                          List<ConsentRow> consents, Checklist checklist, List<TimelineEntry> timeline, TimelineVerdict timelineCheck,
                          boolean canDecide, List<InquiryRow> inquiryRows, List<InquiryType> missingInquiries,
                          List<InquiryType> askableInquiries, boolean inquiriesOpen,
                          List<AttachmentRow> attachments) {

    /**
     * A consent with who answered it, for staff to see that three different people were involved:
     * the signer's name and mobile (Persian digits; the number asked for while nobody has answered)
     * and when (Jalali, Tehran time; empty while pending).
     */
    public record ConsentRow(Consent consent, String signerName, String mobile, String answeredAt) {
    }

    /** An inquiry with its dates in Jalali (empty when not set). */
    public record InquiryRow(Inquiry inquiry, String askedOn, String dueOn, String answeredOn, boolean overdue) {
    }

    /**
     * An attachment of the request; images are shown inline, everything can be downloaded, unless the
     * database has no bytes of it (a file lost before attachments moved into the database).
     */
    public record AttachmentRow(Attachment attachment, boolean image, String size, boolean available) {
    }

    /**
     * A timeline event in words: its time in Jalali, who acted by name and role, its comment, and the
     * Persian labels of the fields a return named (taken out of the comment they are signed in).
     */
    public record TimelineEntry(TimelineEvent event, String when, String who, String comment, List<String> fields) {
    }
}
