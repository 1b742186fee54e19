package ir.kanoonyar.db.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.staff.StaffRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's side of the service desk: answer (delivered through the outbox in the same transaction),
 * internal notes, take, pass to the province or to a colleague, resolve. Every action first checks the
 * ticket against the staff member's region: outside it (or a forged id) is {@link TicketRefusal#NOT_FOUND}.
 */
@Service
public class TicketWork {

    private final TicketRepository tickets;
    private final TicketMessageRepository messages;
    private final StaffAccountRepository staffAccounts;
    private final TicketNotices notices;
    private final Clock clock;

    public TicketWork(TicketRepository tickets, TicketMessageRepository messages,
                      StaffAccountRepository staffAccounts, TicketNotices notices, Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.staffAccounts = staffAccounts;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * The ticket if this staff member may see it.
     *
     * @param ticketId as it came in the address or the form (anything: a forged one is NOT_FOUND)
     */
    @Transactional(readOnly = true, noRollbackFor = TicketRefused.class)
    public Ticket inScope(TicketStaff staff, String ticketId) {
        return id(ticketId).flatMap(tickets::findById).filter(staff::covers)
                .orElseThrow(() -> new TicketRefused(TicketRefusal.NOT_FOUND));
    }

    /** The whole thread, internal notes included, oldest first. */
    @Transactional(readOnly = true, noRollbackFor = TicketRefused.class)
    public List<TicketMessage> thread(TicketStaff staff, String ticketId) {
        return messages.findByTicketIdOrderByCreatedAtAscIdAsc(inScope(staff, ticketId).getId());
    }

    /** An answer to the person: kept in the thread and sent through the outbox. */
    @Transactional(noRollbackFor = TicketRefused.class)
    public TicketMessage answer(TicketStaff staff, String ticketId, String typed) {
        Ticket ticket = inScope(staff, ticketId);
        String text = checkedText(typed);
        if (ticket.getState() == TicketState.RESOLVED) {
            throw new TicketRefused(TicketRefusal.WRONG_STATE);
        }
        Instant now = clock.instant();
        ticket.answered(now);
        if (ticket.getAssignedStaffId() == null) {
            ticket.assignTo(staff.accountId());
        }
        tickets.saveAndFlush(ticket);
        TicketMessage message = TicketMessage.byStaff(ticket.getId(), staff.accountId(), staff.name(), text, false, now);
        message.deliveredBy(notices.answered(ticket, text));
        return messages.save(message);
    }

    /** A note for colleagues only; never sent. */
    @Transactional(noRollbackFor = TicketRefused.class)
    public TicketMessage note(TicketStaff staff, String ticketId, String typed) {
        Ticket ticket = inScope(staff, ticketId);
        String text = checkedText(typed);
        return messages.save(TicketMessage.byStaff(ticket.getId(), staff.accountId(), staff.name(), text, true,
                clock.instant()));
    }

    /** The staff member takes the ticket: it is theirs to answer. */
    @Transactional(noRollbackFor = TicketRefused.class)
    public Ticket take(TicketStaff staff, String ticketId) {
        Ticket ticket = inScope(staff, ticketId);
        ticket.assignTo(staff.accountId());
        return tickets.saveAndFlush(ticket);
    }

    /** County staff pass the ticket up to their province; nobody holds it until someone there takes it. */
    @Transactional(noRollbackFor = TicketRefused.class)
    public Ticket passToProvince(TicketStaff staff, String ticketId) {
        Ticket ticket = inScope(staff, ticketId);
        if (staff.role() != StaffRole.COUNTY_STAFF) {
            throw new TicketRefused(TicketRefusal.ALREADY_AT_PROVINCE);
        }
        ticket.passToProvince();
        return tickets.saveAndFlush(ticket);
    }

    /** Gives the ticket to a colleague who may see it (an enabled account whose region covers it). */
    @Transactional(noRollbackFor = TicketRefused.class)
    public Ticket passTo(TicketStaff staff, String ticketId, String colleagueId) {
        Ticket ticket = inScope(staff, ticketId);
        StaffAccount colleague = id(colleagueId).flatMap(staffAccounts::findById)
                .filter(StaffAccount::isEnabled)
                .filter(a -> asStaff(a).covers(ticket))
                .orElseThrow(() -> new TicketRefused(TicketRefusal.BAD_COLLEAGUE));
        ticket.assignTo(colleague.getId());
        return tickets.saveAndFlush(ticket);
    }

    /** The colleagues this ticket may be passed to: enabled accounts whose region covers it, but oneself. */
    @Transactional(readOnly = true, noRollbackFor = TicketRefused.class)
    public List<StaffAccount> colleaguesFor(TicketStaff staff, Ticket ticket) {
        return staffAccounts.findByEnabledTrue().stream()
                .filter(a -> !a.getId().equals(staff.accountId()))
                .filter(a -> a.getRole() != StaffRole.NATIONAL_ADMIN)
                .filter(a -> asStaff(a).covers(ticket))
                .toList();
    }

    /** Staff resolve the ticket; the person is asked for a rating. */
    @Transactional(noRollbackFor = TicketRefused.class)
    public Ticket resolve(TicketStaff staff, String ticketId) {
        Ticket ticket = inScope(staff, ticketId);
        ticket.moveTo(TicketState.RESOLVED, clock.instant());
        tickets.saveAndFlush(ticket);
        notices.resolved(ticket);
        return ticket;
    }

    public static TicketStaff asStaff(StaffAccount account) {
        return new TicketStaff(account.getId(), account.getDisplayName(), account.getRole(), account.getProvinceId(),
                account.getCountyId());
    }

    private static String checkedText(String typed) {
        String text = typed == null ? "" : PersianText.normalize(typed);
        if (PersianText.matchKey(text).isEmpty()) {
            throw new TicketRefused(TicketRefusal.EMPTY_TEXT);
        }
        if (text.length() > TicketMessage.BODY_LENGTH) {
            throw new TicketRefused(TicketRefusal.TEXT_TOO_LONG);
        }
        return text;
    }

    private static Optional<Long> id(String typed) {
        if (typed == null || !typed.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(typed));
    }
}
