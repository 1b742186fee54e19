package ir.kanoonyar.db.request;

/** A move the request workflow does not allow, e.g. returning an approved request. */
public class IllegalTransitionException extends RuntimeException {

    private final RequestStatus from;
    private final RequestStatus to;

    public IllegalTransitionException(RequestStatus from, RequestStatus to) {
        super(explain(from, to));
        this.from = from;
        this.to = to;
    }

    public IllegalTransitionException(RequestStatus from, RequestStatus to, String reason) {
        super("Cannot move a request from " + from + " to " + to + ": " + reason);
        this.from = from;
        this.to = to;
    }

    private static String explain(RequestStatus from, RequestStatus to) {
        if (from.isFinal()) {
            return "Cannot move a request from " + from + " to " + to + ": " + from + " is final";
        }
        return "Cannot move a request from " + from + " to " + to + "; allowed from " + from + ": "
                + from.allowedMoves();
    }

    public RequestStatus getFrom() {
        return from;
    }

    public RequestStatus getTo() {
        return to;
    }
}
