package ir.kanoonyar.backoffice.requests;

/** The request changed since the page the reviewer decided on was shown. */
public class StaleDecisionException extends RuntimeException {

    public StaleDecisionException(long shown, long now) {
        super("The request was at version " + shown + " when shown and is at " + now + " now");
    }
}
