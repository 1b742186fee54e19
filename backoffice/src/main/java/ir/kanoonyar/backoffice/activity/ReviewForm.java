package ir.kanoonyar.backoffice.activity;

import jakarta.validation.constraints.NotNull;

/** A decision on a report: the version the reviewer saw and, to flag it as doubtful, the reason. */
public class ReviewForm {

    @NotNull(message = "{activity.review.versionRequired}")
    private Integer version;

    private String reason;

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
