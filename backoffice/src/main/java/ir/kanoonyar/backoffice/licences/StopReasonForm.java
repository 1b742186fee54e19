package ir.kanoonyar.backoffice.licences;

import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.persian.PersianText;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The reason typed to suspend or revoke a licence; it is sent to the kanoon's manager. Normalised as
 * it is bound, so a reason of spaces (or of invisible direction marks only) counts as none, and the
 * length is that of what is stored.
 */
public class StopReasonForm {

    @NotEmpty(message = "{licences.stop.reasonRequired}")
    @Size(max = Licence.REASON_LENGTH, message = "{licences.stop.form.reasonTooLong}")
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = PersianText.normalize(reason);
    }
}
