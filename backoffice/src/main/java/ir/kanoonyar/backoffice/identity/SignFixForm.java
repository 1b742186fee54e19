package ir.kanoonyar.backoffice.identity;

import ir.kanoonyar.db.identity.SignPhoto;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** «نیاز به اصلاح»: why the sign must be fixed, told to the manager. */
public class SignFixForm {

    @NotBlank(message = "{identity.sign.fix.reasonRequired}")
    @Size(max = SignPhoto.REASON_LENGTH, message = "{identity.sign.fix.reasonTooLong}")
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
