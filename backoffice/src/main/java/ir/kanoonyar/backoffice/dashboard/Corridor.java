package ir.kanoonyar.backoffice.dashboard;

/**
 * The 12 FAHMA corridors an activity report belongs to, as activity_report.corridor stores them; their
 * Persian names are "dashboard.corridor.{name}".
 */
public enum Corridor {
    QURAN, BOOK, KNOWLEDGE, SOCIAL, FILM, DRAMA, SONG, VISUAL_ARTS, MEDIA, WRITING, TECHNOLOGY, ENTREPRENEURSHIP
}
