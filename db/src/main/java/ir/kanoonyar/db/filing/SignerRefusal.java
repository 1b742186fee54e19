package ir.kanoonyar.db.filing;

import ir.kanoonyar.db.request.ConsentRole;

/**
 * Why a signer is refused under the "three different people" rule: the imam, the head of trustees
 * and the applicant are three people. {@code role} is the consent refused; {@code otherRole} the
 * consent it collides with, for {@link Reason#SAME_AS_OTHER_ROLE} and {@link Reason#SIGNED_OTHER_ROLE}
 * (null otherwise). Callers turn the reason into their own Persian text.
 */
public record SignerRefusal(Reason reason, ConsentRole role, ConsentRole otherRole) {

    public enum Reason {
        /** The signer is the applicant, by number (on the form) or by person or number (when signing). */
        SIGNER_IS_APPLICANT,
        /** On the form: the number was already given for the other signer. */
        SAME_AS_OTHER_ROLE,
        /** When signing: this person or number already signed the request's other consent. */
        SIGNED_OTHER_ROLE
    }
}
