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
        VALID("verify.valid"),
        EXPIRED("verify.invalid.expired"),
        NOT_YET("verify.invalid.not-yet"),
        SUSPENDED("verify.invalid.suspended"),
        REVOKED("verify.invalid.revoked"),
        SUPERSEDED("verify.invalid.superseded");

        private final String messageKey;

        Validity(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The back-office's message key of the public check's verdict. */
        public String messageKey() {
            return messageKey;
        }

        public boolean isValid() {
            return this == VALID;
        }
    }
}
