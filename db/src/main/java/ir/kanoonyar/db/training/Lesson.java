package ir.kanoonyar.db.training;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A lesson of a course version, at {@code position} 1, 2, … . Its kind says what the bot sends: the
 * text alone (TEXT), a picture, document or video ({@link TrainingMedia} {@code mediaId}) with the
 * text as caption, or the text and a link ({@code url}). Changed only while its version is a draft,
 * through {@link CourseAuthoring}.
 */
@Entity
public class Lesson {

    public static final int TITLE_LENGTH = 200;
    public static final int BODY_LENGTH = 4000;
    public static final int URL_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long courseVersionId;
    private int position;

    @Enumerated(EnumType.STRING)
    private LessonKind kind;

    private String title;
    private String body;
    private Long mediaId;
    private String url;

    protected Lesson() {
    }

    Lesson(Long courseVersionId, int position, LessonContent content) {
        this.courseVersionId = Objects.requireNonNull(courseVersionId, "courseVersionId");
        this.position = position;
        change(content);
    }

    /** The same content at the same position in another (draft) version. */
    Lesson copyTo(Long draftVersionId) {
        return new Lesson(draftVersionId, position, content());
    }

    void change(LessonContent content) {
        this.kind = content.kind();
        this.title = content.title();
        this.body = content.body();
        this.mediaId = content.mediaId();
        this.url = content.url();
    }

    void moveTo(int position) {
        this.position = position;
    }

    public LessonContent content() {
        return new LessonContent(kind, title, body, mediaId, url);
    }

    public Long getId() {
        return id;
    }

    public Long getCourseVersionId() {
        return courseVersionId;
    }

    /** 1 for the first lesson. */
    public int getPosition() {
        return position;
    }

    public LessonKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    /** The lesson's text (the caption of its media); may be empty for media and links. */
    public String getBody() {
        return body;
    }

    /** The picture, document or video; null for TEXT and LINK lessons. */
    public Long getMediaId() {
        return mediaId;
    }

    /** The address of a LINK lesson; null otherwise. */
    public String getUrl() {
        return url;
    }
}
