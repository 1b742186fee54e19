package ir.kanoonyar.db.identity;

/** What a design places: the logo, the kanoon's texts and the QR code to the public licence check. */
public enum Element {
    LOGO,
    NAME,
    MOSQUE,
    CITY,
    LICENCE,
    QR;

    /** Whether the size is a text's height (else the side of a square: the logo, the QR code). */
    public boolean isText() {
        return this != LOGO && this != QR;
    }
}
