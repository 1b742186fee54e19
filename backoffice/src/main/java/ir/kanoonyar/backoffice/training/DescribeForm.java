package ir.kanoonyar.backoffice.training;

import ir.kanoonyar.db.training.CourseVersion;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A draft version's title, summary, pass mark (percent) and wait before another try (minutes). */
public class DescribeForm {

    @NotBlank(message = "{training.form.titleMissing}")
    @Size(max = CourseVersion.TITLE_LENGTH, message = "{training.form.titleTooLong}")
    private String title;

    @Size(max = CourseVersion.SUMMARY_LENGTH, message = "{training.form.summaryTooLong}")
    private String summary;

    @NotNull(message = "{training.error.number}")
    @Min(value = 0, message = "{training.problem.PASS_MARK_OUT_OF_RANGE}")
    @Max(value = 100, message = "{training.problem.PASS_MARK_OUT_OF_RANGE}")
    private Integer passMark;

    @NotNull(message = "{training.error.number}")
    @Min(value = 0, message = "{training.form.retryWait}")
    private Integer retryWait;

    /** The form filled with the version as it is. */
    static DescribeForm of(CourseVersion version) {
        DescribeForm form = new DescribeForm();
        form.title = version.getTitle();
        form.summary = version.getSummary();
        form.passMark = version.getPassMarkPercent();
        form.retryWait = version.getRetryWaitMinutes();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Integer getPassMark() {
        return passMark;
    }

    public void setPassMark(Integer passMark) {
        this.passMark = passMark;
    }

    public Integer getRetryWait() {
        return retryWait;
    }

    public void setRetryWait(Integer retryWait) {
        this.retryWait = retryWait;
    }
}
