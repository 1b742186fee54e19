package ir.kanoonyar.db.training;

import java.net.URI;
import java.util.Locale;

import ir.kanoonyar.db.training.CourseContentException.Problem;

/**
 * What a lesson holds, checked: a title; text for TEXT; media for PHOTO, DOCUMENT and VIDEO; an
 * http(s) address for LINK (nothing else keeps a media id or an address).
 */
public record LessonContent(LessonKind kind, String title, String body, Long mediaId, String url) {

    public LessonContent {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip();
        url = url == null || url.isBlank() ? null : url.strip();
        if (title.isEmpty()) {
            throw new CourseContentException(Problem.TITLE_MISSING);
        }
        if (title.length() > Lesson.TITLE_LENGTH || body.length() > Lesson.BODY_LENGTH
                || (url != null && url.length() > Lesson.URL_LENGTH)) {
            throw new CourseContentException(Problem.TEXT_TOO_LONG);
        }
        if (kind == LessonKind.TEXT && body.isEmpty()) {
            throw new CourseContentException(Problem.LESSON_TEXT_MISSING);
        }
        if (kind.hasMedia() && mediaId == null) {
            throw new CourseContentException(Problem.LESSON_MEDIA_MISSING);
        }
        if (kind == LessonKind.LINK && !isWebAddress(url)) {
            throw new CourseContentException(Problem.LESSON_URL_INVALID);
        }
        if (!kind.hasMedia()) {
            mediaId = null;
        }
        if (kind != LessonKind.LINK) {
            url = null;
        }
    }

    public static LessonContent text(String title, String body) {
        return new LessonContent(LessonKind.TEXT, title, body, null, null);
    }

    public static LessonContent media(LessonKind kind, String title, String caption, long mediaId) {
        return new LessonContent(kind, title, caption, mediaId, null);
    }

    public static LessonContent link(String title, String body, String url) {
        return new LessonContent(LessonKind.LINK, title, body, null, url);
    }

    static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
