package ir.kanoonyar.backoffice.requests;

/** The staff member has no review step (the national admin) and cannot decide. */
public class NotYourStepException extends RuntimeException {

    public NotYourStepException() {
        super("This staff member does not review requests");
    }
}
