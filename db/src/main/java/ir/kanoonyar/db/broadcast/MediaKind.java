package ir.kanoonyar.db.broadcast;

/** How a broadcast's file is sent: as a picture (sendPhoto) or as a file (sendDocument). */
public enum MediaKind {
    PHOTO,
    DOCUMENT
}
