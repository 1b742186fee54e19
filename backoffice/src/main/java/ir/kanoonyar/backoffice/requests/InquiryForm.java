package ir.kanoonyar.backoffice.requests;

/**
 * A new inquiry as typed on the request page: its type and an optional Jalali due date. No
 * constraint here on purpose: {@link Inquiries} answers the request's own state before the date, and
 * an unknown type before the state, so every check stays there in that order.
 */
public class InquiryForm {

    private String type;

    private String due;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }
}
