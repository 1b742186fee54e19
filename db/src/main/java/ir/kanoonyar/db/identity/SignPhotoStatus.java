package ir.kanoonyar.db.identity;

/** Where a photo of an installed sign stands: waiting for county staff, confirmed, or sent back. */
public enum SignPhotoStatus {
    WAITING,
    CONFIRMED,
    FIX_ASKED
}
