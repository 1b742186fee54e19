package ir.kanoonyar.backoffice.licences;

import ir.kanoonyar.db.licence.LicenceView;

/** The public check's sentence for each {@link LicenceView.Validity}, as a back-office message key. */
enum Verdict {
    VALID("verify.valid"),
    EXPIRED("verify.invalid.expired"),
    NOT_YET("verify.invalid.not-yet"),
    SUSPENDED("verify.invalid.suspended"),
    REVOKED("verify.invalid.revoked"),
    SUPERSEDED("verify.invalid.superseded");

    private final String messageKey;

    Verdict(String messageKey) {
        this.messageKey = messageKey;
    }

    static String keyOf(LicenceView.Validity validity) {
        return valueOf(validity.name()).messageKey;
    }
}
