package ir.kanoonyar.backoffice.licences;

import ir.kanoonyar.db.kanoon.LicenceStatus;
import ir.kanoonyar.db.persian.JalaliDate;

/**
 * What a licence shows, names resolved. {@code managerName} is for the printed licence only; the
 * public verification page leaves it out.
 */
public record LicenceView(String number, String kanoonName, String mosqueName, String countyName,
                          String provinceName, String managerName, JalaliDate issuedOn, JalaliDate validUntil,
                          LicenceStatus status, Validity validity) {

    /** Whether the licence holds today, and if not, why. */
    public enum Validity {
        VALID("verify.valid"),
        EXPIRED("verify.invalid.expired"),
        NOT_YET("verify.invalid.not-yet"),
        REVOKED("verify.invalid.revoked"),
        SUPERSEDED("verify.invalid.superseded");

        private final String messageKey;

        Validity(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }

        public boolean isValid() {
            return this == VALID;
        }
    }
}
