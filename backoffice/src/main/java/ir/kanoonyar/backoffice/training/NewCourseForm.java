package ir.kanoonyar.backoffice.training;

import java.io.Serializable;

import ir.kanoonyar.db.training.Course;
import ir.kanoonyar.db.training.CourseVersion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The new-course form. Whether the code is well formed and free is the db module's rule
 * ({@code CourseAuthoring}); the form refuses only what is missing or longer than its column. Kept in
 * the session across a refused redirect, so serializable.
 */
public class NewCourseForm implements Serializable {

    @NotBlank(message = "{training.form.codeMissing}")
    @Size(max = Course.CODE_LENGTH, message = "{training.problem.CODE_INVALID}")
    private String code;

    @NotBlank(message = "{training.form.titleMissing}")
    @Size(max = CourseVersion.TITLE_LENGTH, message = "{training.form.titleTooLong}")
    private String title;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
