package ir.kanoonyar.db.identity;

/** What a licensed kanoon's kit prints: its names, its licence number and where the QR code points. */
public record KanoonIdentity(long kanoonId, String kanoonName, String mosqueName, String countyName,
                             String provinceName, String licenceNumber, String verifyUrl) {
}
