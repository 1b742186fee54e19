package ir.kanoonyar.db.licence;

import ir.kanoonyar.db.kanoon.LicenceStatus;
import ir.kanoonyar.db.persian.JalaliDate;

/**
 * What a licence shows, names resolved. {@code managerName} is for the printed licence only; the
 * public verification page leaves it out. {@code statusChangedOn} is the day staff suspended or revoked
 * it, null if they never did.
 */
public record LicenceView(String number, String kanoonName, String mosqueName, String countyName,
                          String provinceName, String managerName, JalaliDate issuedOn, JalaliDate validUntil,
                          LicenceStatus status, Validity validity, JalaliDate statusChangedOn) {

    /** Whether the licence holds today, and if not, why. */
    public enum Validity {
        VALID,
        EXPIRED,
        NOT_YET,
        SUSPENDED,
        REVOKED,
        SUPERSEDED;

        public boolean isValid() {
            return this == VALID;
        }
    }
}
