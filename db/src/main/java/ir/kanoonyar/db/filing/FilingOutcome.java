package ir.kanoonyar.db.filing;

import java.util.List;

import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.Request;

/** What became of a request filed or sent again. A refusal comes before anything is written. */
public sealed interface FilingOutcome {

    /**
     * Submitted (or sent again). {@code consents}: those waiting for a signer, whose links the
     * applicant forwards; empty when the request does not wait for consents.
     */
    record Filed(Request request, List<Consent> consents) implements FilingOutcome {
    }

    /** Refused; {@code fieldKey} is the answer to fix, null when no answer can fix it. */
    record Refused(FilingRefusal reason, String fieldKey) implements FilingOutcome {
    }

    /** A signer's number breaks the "three different people" rule; the field to fix is the role's. */
    record SignerRefused(SignerRefusal refusal) implements FilingOutcome {

        public String fieldKey() {
            return ConsentSigners.FIELDS.get(refusal.role());
        }
    }
}
