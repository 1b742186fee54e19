package ir.kanoonyar.db.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's service request is a ticket too: filing it opens one ticket for the applicant, routed to
 * the request's region, its category from the service kind and the description as the first message,
 * linked to the request. Staff talk with the manager through the ticket; the decision stays on the request.
 */
@Service
public class ServiceRequestTickets {

    private static final String NO_DESCRIPTION = "—";

    private final TicketRepository tickets;
    private final TicketMessageRepository messages;
    private final PersonRepository persons;
    private final Clock clock;

    public ServiceRequestTickets(TicketRepository tickets, TicketMessageRepository messages, PersonRepository persons,
                                 Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.persons = persons;
        this.clock = clock;
    }

    /** The data of a filed service request that its ticket needs. */
    public record ServiceRequest(Long requestId, Long applicantPersonId, Long provinceId, Long countyId,
                                 String serviceKind, String description) {
    }

    /**
     * The request's ticket, opened now in the caller's transaction unless the request has one already
     * (a resubmission after a return keeps the first ticket). A request with no province has no staff
     * to route to: no ticket.
     */
    @Transactional
    public Optional<Ticket> openFor(ServiceRequest request) {
        Optional<Ticket> existing = tickets.findFirstByRequestIdOrderByIdAsc(request.requestId());
        if (existing.isPresent() || request.provinceId() == null) {
            return existing;
        }
        Person applicant = persons.findById(request.applicantPersonId()).orElseThrow();
        String typed = request.description() == null ? "" : PersianText.normalize(request.description());
        String text = typed.isEmpty() ? NO_DESCRIPTION : typed;
        if (text.length() > TicketMessage.BODY_LENGTH) {
            text = text.substring(0, TicketMessage.BODY_LENGTH);
        }
        Instant now = clock.instant();
        Ticket ticket = new Ticket(applicant.getId(), request.provinceId(), request.countyId(),
                TicketCategory.ofServiceKind(request.serviceKind()), text.replace('\n', ' '), now);
        ticket.forRequest(request.requestId());
        ticket = tickets.saveAndFlush(ticket);
        messages.save(TicketMessage.byPerson(ticket.getId(), applicant.getId(), applicant.fullName(),
                TicketMessageKind.TEXT, text, null, now));
        return Optional.of(ticket);
    }

    /** The ticket of this service request, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Ticket> ofRequest(Long requestId) {
        return requestId == null ? Optional.empty() : tickets.findFirstByRequestIdOrderByIdAsc(requestId);
    }
}
