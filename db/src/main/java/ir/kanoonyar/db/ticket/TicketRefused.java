package ir.kanoonyar.db.ticket;

import java.util.Objects;

/** A ticket action was refused; nothing was written. */
public class TicketRefused extends RuntimeException {

    private final TicketRefusal refusal;

    public TicketRefused(TicketRefusal refusal) {
        super(refusal.name(), null, false, false);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    public TicketRefusal refusal() {
        return refusal;
    }
}
