package ir.kanoonyar.db.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's side of the service desk, as the bot uses it: open a ticket with a question, write to it
 * again (text or a kept file), reopen it within the window, rate it. Every ticket id is checked against
 * the person: another person's ticket, or one that does not exist, is {@link TicketRefusal#NOT_FOUND}.
 */
@Service
public class TicketDesk {

    /** What a person's message did to the ticket. */
    public enum Added {
        /** Added to a ticket staff are already working on (or that waited for the person). */
        ADDED,
        /** The ticket was resolved; it is open again. */
        REOPENED
    }

    private final TicketRepository tickets;
    private final TicketMessageRepository messages;
    private final PersonRepository persons;
    private final TicketRouting routing;
    private final TicketSettings settings;
    private final Clock clock;

    public TicketDesk(TicketRepository tickets, TicketMessageRepository messages, PersonRepository persons,
                      TicketRouting routing, TicketSettings settings, Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.persons = persons;
        this.routing = routing;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new ticket to the staff of the person's region, the question its first message. */
    @Transactional(noRollbackFor = TicketRefused.class)
    public Ticket open(Long personId, TicketCategory category, String question) {
        Person person = persons.findById(personId).orElseThrow(() -> new TicketRefused(TicketRefusal.NO_REGION));
        TicketRouting.Region region = routing.regionOf(person)
                .orElseThrow(() -> new TicketRefused(TicketRefusal.NO_REGION));
        String text = checkedText(question);
        Instant now = clock.instant();
        Ticket ticket = tickets.saveAndFlush(new Ticket(personId, region.provinceId(), region.countyId(), category,
                text.replace('\n', ' '), now));
        messages.save(TicketMessage.byPerson(ticket.getId(), personId, person.fullName(), TicketMessageKind.TEXT, text,
                null, now));
        return ticket;
    }

    /**
     * The person writes to their ticket: a text, or a kept file (photo, document, voice) with an
     * optional caption. A resolved ticket reopens within the window; after it, the message is refused.
     */
    @Transactional(noRollbackFor = TicketRefused.class)
    public Added write(Long personId, long ticketId, TicketMessageKind kind, String text, Long attachmentId) {
        Ticket ticket = own(personId, ticketId);
        String body = kind == TicketMessageKind.TEXT ? checkedText(text) : caption(text);
        Added added = touch(ticket);
        Person person = persons.findById(personId).orElseThrow();
        messages.save(TicketMessage.byPerson(ticket.getId(), personId, person.fullName(), kind, body, attachmentId,
                clock.instant()));
        tickets.save(ticket);
        return added;
    }

    /** Opens a resolved ticket again, within the window. */
    @Transactional(noRollbackFor = TicketRefused.class)
    public Ticket reopen(Long personId, long ticketId) {
        Ticket ticket = own(personId, ticketId);
        if (ticket.getState() != TicketState.RESOLVED) {
            throw new TicketRefused(TicketRefusal.WRONG_STATE);
        }
        touch(ticket);
        return tickets.save(ticket);
    }

    @Transactional(noRollbackFor = TicketRefused.class)
    public Ticket rate(Long personId, long ticketId, int stars) {
        Ticket ticket = own(personId, ticketId);
        ticket.rate(stars, clock.instant());
        return tickets.save(ticket);
    }

    /** The optional comment after a rating. */
    @Transactional(noRollbackFor = TicketRefused.class)
    public Ticket comment(Long personId, long ticketId, String typed) {
        Ticket ticket = own(personId, ticketId);
        if (ticket.getRating() == null) {
            throw new TicketRefused(TicketRefusal.CANNOT_RATE);
        }
        String text = typed == null ? "" : PersianText.normalize(typed);
        if (text.isEmpty()) {
            throw new TicketRefused(TicketRefusal.EMPTY_TEXT);
        }
        if (text.length() > Ticket.COMMENT_LENGTH) {
            throw new TicketRefused(TicketRefusal.TEXT_TOO_LONG);
        }
        ticket.comment(text);
        return tickets.save(ticket);
    }

    /** The person's ticket, else NOT_FOUND (whatever the reason). */
    @Transactional(readOnly = true, noRollbackFor = TicketRefused.class)
    public Ticket own(Long personId, long ticketId) {
        if (personId == null) {
            throw new TicketRefused(TicketRefusal.NOT_FOUND);
        }
        return tickets.findByIdAndPersonId(ticketId, personId)
                .orElseThrow(() -> new TicketRefused(TicketRefusal.NOT_FOUND));
    }

    /** The person's latest tickets, newest first. */
    @Transactional(readOnly = true, noRollbackFor = TicketRefused.class)
    public List<Ticket> mine(Long personId) {
        return tickets.findTop10ByPersonIdOrderByCreatedAtDesc(personId);
    }

    /** The ticket that waits for this person's answer the longest-recently, if any. */
    @Transactional(readOnly = true, noRollbackFor = TicketRefused.class)
    public Optional<Ticket> awaitingPerson(Long personId) {
        return tickets.findByPersonIdAndStateInOrderByWaitingSinceDesc(personId, List.of(TicketState.WAITING_FOR_PERSON))
                .stream().findFirst();
    }

    /** What the person may see of the thread: everything but internal notes. */
    @Transactional(readOnly = true, noRollbackFor = TicketRefused.class)
    public List<TicketMessage> thread(Long personId, long ticketId) {
        Ticket ticket = own(personId, ticketId);
        return messages.findByTicketIdAndInternalNoteFalseOrderByCreatedAtAscIdAsc(ticket.getId());
    }

    /** Whether a resolved ticket may still be reopened. */
    public boolean canReopen(Ticket ticket) {
        return ticket.getState() == TicketState.RESOLVED
                && !clock.instant().isAfter(ticket.getResolvedAt().plus(settings.reopenWindow()));
    }

    private Added touch(Ticket ticket) {
        Instant now = clock.instant();
        switch (ticket.getState()) {
            case RESOLVED -> {
                if (!canReopen(ticket)) {
                    throw new TicketRefused(TicketRefusal.REOPEN_WINDOW_PASSED);
                }
                ticket.moveTo(TicketState.WAITING_FOR_STAFF, now);
                return Added.REOPENED;
            }
            case WAITING_FOR_PERSON -> ticket.moveTo(TicketState.WAITING_FOR_STAFF, now);
            default -> {
                // OPEN or WAITING_FOR_STAFF: staff still owe an answer; the wait goes on from when it began.
            }
        }
        return Added.ADDED;
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

    private static String caption(String typed) {
        String text = typed == null ? "" : PersianText.normalize(typed);
        return text.length() <= TicketMessage.BODY_LENGTH ? text : text.substring(0, TicketMessage.BODY_LENGTH);
    }
}
