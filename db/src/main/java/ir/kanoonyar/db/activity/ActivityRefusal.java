package ir.kanoonyar.db.activity;

/** Why the activity report rules refused something; the bot and the back-office say each in Persian. */
public enum ActivityRefusal {
    /** The person manages no active kanoon (or no longer the draft's). */
    NOT_A_MANAGER,
    TITLE_EMPTY,
    TITLE_TOO_LONG,
    DATE_IN_FUTURE,
    DATE_TOO_OLD,
    PARTICIPANTS_OUT_OF_BOUNDS,
    DESCRIPTION_TOO_LONG,
    TOO_MANY_PHOTOS,
    /** The draft misses an answer (a forged or truncated state). */
    INCOMPLETE,
    /** No such report of this person: a forged or stale id. */
    NOT_FOUND,
    /** Past the edit/withdraw window, or already accepted or withdrawn. */
    NO_LONGER_CHANGEABLE,
    /** A staff decision the reviewer's level may not take on the report's state. */
    NOT_REVIEWABLE,
    REASON_REQUIRED,
    REASON_TOO_LONG,
    /** Someone else changed the report since the page was shown. */
    STALE
}
