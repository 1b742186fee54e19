package ir.kanoonyar.backoffice.training;

import java.io.Serializable;

import ir.kanoonyar.db.training.Lesson;
import ir.kanoonyar.db.training.LessonKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A lesson form: its kind, title, text and link (the file comes apart, as a multipart part). What
 * each kind needs (a text, a file, an http(s) link) is the db module's rule. Kept in the session
 * across a refused redirect, so serializable.
 */
public class LessonForm implements Serializable {

    @NotNull(message = "{training.error.kind}")
    private LessonKind kind;

    @NotBlank(message = "{training.form.titleMissing}")
    @Size(max = Lesson.TITLE_LENGTH, message = "{training.form.titleTooLong}")
    private String title;

    @Size(max = Lesson.BODY_LENGTH, message = "{training.form.bodyTooLong}")
    private String body;

    @Size(max = Lesson.URL_LENGTH, message = "{training.form.urlTooLong}")
    private String url;

    public LessonKind getKind() {
        return kind;
    }

    public void setKind(LessonKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
