package ir.kanoonyar.db.activity;

/**
 * The 12 FAHMA corridors (محورهای فهما) an activity belongs to. The code is what
 * {@code activity_report.corridor} keeps; the Persian names are in i18n/activity.properties
 * ({@code activity.corridor.CODE}), read through {@link ActivityTexts}.
 */
public enum Corridor {
    QURAN,
    BOOK,
    KNOWLEDGE,
    SOCIAL,
    FILM,
    DRAMA,
    SONG,
    VISUAL_ARTS,
    MEDIA,
    WRITING,
    TECHNOLOGY,
    ENTREPRENEURSHIP
}
