package ir.kanoonyar.backoffice.training;

import org.springframework.http.HttpStatus;

/**
 * Staff asked for a course outside their region (404) or to change one they may only read (403).
 * {@link TrainingRefusals} turns it into a Persian page with that status.
 */
class TrainingRefusal extends RuntimeException {

    enum Reason {
        NOT_FOUND("training.refused.notFound"),
        READ_ONLY("training.refused.readOnly");

        final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;

    private TrainingRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    static TrainingRefusal notFound() {
        return new TrainingRefusal(Reason.NOT_FOUND);
    }

    static TrainingRefusal readOnly() {
        return new TrainingRefusal(Reason.READ_ONLY);
    }

    HttpStatus status() {
        return reason == Reason.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN;
    }

    String messageKey() {
        return reason.key;
    }
}
