package ir.kanoonyar.db.training;

/** What a lesson shows: text only, or a picture, a document or a video with a caption, or a link. */
public enum LessonKind {
    TEXT,
    PHOTO,
    DOCUMENT,
    VIDEO,
    LINK;

    /** Whether the lesson carries a {@link TrainingMedia}. */
    public boolean hasMedia() {
        return this == PHOTO || this == DOCUMENT || this == VIDEO;
    }
}
