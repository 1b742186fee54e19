package ir.kanoonyar.backoffice.consultations;

import ir.kanoonyar.backoffice.requests.RequestPages;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.backoffice.tickets.TicketPages;
import ir.kanoonyar.db.consultation.SubjectKind;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.ticket.Ticket;
import org.springframework.stereotype.Component;

/**
 * Finds the case a consultation is asked about by its page's address ("requests" or "tickets" and the
 * id), within the staff member's scope: out of scope, unknown or forged is a 404, by the case's own
 * page rules.
 */
@Component
class ConsultedCases {

    private final RequestPages requests;
    private final TicketPages tickets;

    ConsultedCases(RequestPages requests, TicketPages tickets) {
        this.requests = requests;
        this.tickets = tickets;
    }

    /** @param segment the first segment of the case's address: "requests" or "tickets" */
    ConsultedCase inScope(StaffScope scope, String segment, String id) {
        if ("tickets".equals(segment)) {
            Ticket ticket = tickets.inScope(scope, PersianText.normalize(id == null ? "" : id));
            return new ConsultedCase(SubjectKind.TICKET, ticket.getId(), ticket.getProvinceId(),
                    PersianText.toPersianDigits(String.valueOf(ticket.getId())));
        }
        Request request = requests.inScope(scope, ConsultationsController.idOf(id));
        return new ConsultedCase(SubjectKind.REQUEST, request.getId(), request.getProvinceId(),
                PersianText.toPersianDigits(TrackingCode.isValid(request.getTrackingCode())
                        ? TrackingCode.display(request.getTrackingCode()) : String.valueOf(request.getTrackingCode())));
    }
}
