package ir.kanoonyar.backoffice.tickets;

import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.request.Attachment;
import ir.kanoonyar.db.request.AttachmentRepository;
import ir.kanoonyar.db.request.AttachmentStore;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.ticket.Ticket;
import ir.kanoonyar.db.ticket.TicketMessage;
import ir.kanoonyar.db.ticket.TicketRefused;
import ir.kanoonyar.db.ticket.TicketStaff;
import ir.kanoonyar.db.ticket.TicketWork;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads a ticket's page and its files for a staff member whose region covers it; anything else (another
 * region, a forged id) is a 404, like a ticket that does not exist.
 */
@Service
public class TicketPages {

    private final TicketWork work;
    private final PersonRepository persons;
    private final CountyRepository counties;
    private final ProvinceRepository provinces;
    private final StaffAccountRepository staff;
    private final OutboxMessageRepository outbox;
    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final RequestRepository requests;

    TicketPages(TicketWork work, PersonRepository persons, CountyRepository counties, ProvinceRepository provinces,
                StaffAccountRepository staff, OutboxMessageRepository outbox, AttachmentRepository attachments,
                AttachmentStore store, RequestRepository requests) {
        this.work = work;
        this.persons = persons;
        this.counties = counties;
        this.provinces = provinces;
        this.staff = staff;
        this.outbox = outbox;
        this.attachments = attachments;
        this.store = store;
        this.requests = requests;
    }

    /** The ticket in scope, else 404. */
    @Transactional(readOnly = true, noRollbackFor = TicketRefused.class)
    public Ticket inScope(StaffScope scope, String id) {
        try {
            return work.inScope(Desk.of(scope), id);
        } catch (TicketRefused refused) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @Transactional(readOnly = true, noRollbackFor = TicketRefused.class)
    TicketView view(StaffScope scope, String id) {
        TicketStaff desk = Desk.of(scope);
        Ticket ticket = inScope(scope, id);
        Person person = persons.findById(ticket.getPersonId()).orElseThrow();
        County county = ticket.getCountyId() == null ? null : counties.findById(ticket.getCountyId()).orElse(null);
        String province = provinces.findById(ticket.getProvinceId()).map(p -> p.getName()).orElse("");
        List<TicketView.Entry> thread = new ArrayList<>();
        for (TicketMessage m : work.thread(desk, id)) {
            thread.add(new TicketView.Entry(m.getId(), m.isByStaff(), m.getAuthorName(),
                    JalaliDate.tehranDayAndTime(m.getCreatedAt()), m.getKind().name(), m.getBody(), m.getAttachmentId(),
                    m.isInternalNote(), delivery(m)));
        }
        String assigned = ticket.getAssignedStaffId() == null ? ""
                : staff.findById(ticket.getAssignedStaffId()).map(a -> a.getDisplayName()).orElse("");
        return new TicketView(ticket, person.fullName(), person.getMobile(), county == null ? "" : county.getName(),
                province, assigned, JalaliDate.tehranDayAndTime(ticket.getCreatedAt()),
                ticket.getResolvedAt() == null ? null : JalaliDate.tehranDayAndTime(ticket.getResolvedAt()), thread,
                work.colleaguesFor(desk, ticket), serviceRequestOf(ticket));
    }

    private TicketView.ServiceRequest serviceRequestOf(Ticket ticket) {
        if (ticket.getRequestId() == null) {
            return null;
        }
        return requests.findById(ticket.getRequestId())
                .map(r -> new TicketView.ServiceRequest(r.getId(), PersianText.toPersianDigits(
                        TrackingCode.isValid(r.getTrackingCode()) ? TrackingCode.display(r.getTrackingCode())
                                : r.getTrackingCode())))
                .orElse(null);
    }

    /** A file of the ticket's thread: found only through its own ticket. */
    @Transactional(readOnly = true, noRollbackFor = TicketRefused.class)
    FileOfTicket file(StaffScope scope, String id, long messageId) {
        List<TicketMessage> thread;
        try {
            thread = work.thread(Desk.of(scope), id);
        } catch (TicketRefused refused) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        TicketMessage message = thread.stream().filter(m -> m.getId() == messageId && m.getAttachmentId() != null)
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Attachment attachment = attachments.findById(message.getAttachmentId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] bytes = store.read(attachment).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new FileOfTicket(attachment, bytes);
    }

    record FileOfTicket(Attachment attachment, byte[] bytes) {
    }

    private TicketView.Delivery delivery(TicketMessage m) {
        if (!m.isByStaff() || m.isInternalNote()) {
            return TicketView.Delivery.NONE;
        }
        if (m.getOutboxMessageId() == null) {
            return TicketView.Delivery.NOT_SENT;
        }
        return outbox.findById(m.getOutboxMessageId()).map(OutboxMessage::getStatus).map(s -> switch (s) {
            case SENT -> TicketView.Delivery.SENT;
            case FAILED, BLOCKED -> TicketView.Delivery.NOT_SENT;
            default -> TicketView.Delivery.QUEUED;
        }).orElse(TicketView.Delivery.NOT_SENT);
    }
}
