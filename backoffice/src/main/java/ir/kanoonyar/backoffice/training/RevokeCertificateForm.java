package ir.kanoonyar.backoffice.training;

import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.training.CertificateRevocation;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The revocation of a certificate given by mistake: its code as typed (looked up by CourseChanges,
 * Persian digits and dashes too) and the reason, which the holder is told. The reason is normalised as
 * it is bound, so one of spaces counts as none and its length is that of what is stored.
 */
public class RevokeCertificateForm {

    private String code;

    @NotEmpty(message = "{training.problem.REVOKE_REASON_MISSING}")
    @Size(max = CertificateRevocation.MAX_REASON, message = "{training.problem.TEXT_TOO_LONG}")
    private String reason;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = PersianText.normalize(reason);
    }
}
