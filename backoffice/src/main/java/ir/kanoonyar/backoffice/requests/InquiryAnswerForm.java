package ir.kanoonyar.backoffice.requests;

import org.springframework.web.multipart.MultipartFile;

/**
 * An inquiry's answer as typed on the request page: the result, an optional Jalali date, the
 * reference and note, and an optional scan. No constraint here on purpose: {@link Inquiries} answers
 * the request's own state before the result, the date and the lengths, so every check stays there in
 * that order.
 */
public class InquiryAnswerForm {

    private String result;

    private String answeredOn;

    private String reference;

    private String note;

    private MultipartFile scan;

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getAnsweredOn() {
        return answeredOn;
    }

    public void setAnsweredOn(String answeredOn) {
        this.answeredOn = answeredOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public MultipartFile getScan() {
        return scan;
    }

    public void setScan(MultipartFile scan) {
        this.scan = scan;
    }
}
