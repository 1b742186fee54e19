package ir.kanoonyar.db.ticket;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person is told about their ticket, written into the outbox in the transaction of the staff
 * action, on every messenger the person uses and has not blocked. Each notice carries reply-keyboard
 * buttons ({@link TicketButtons}) that bring the person back to the ticket.
 */
@Component
public class TicketNotices {

    static final String ANSWERED = "TICKET_ANSWERED";
    static final String RESOLVED = "TICKET_RESOLVED";

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.tickets", Locale.ROOT,
            TicketNotices.class.getClassLoader());

    private final PersonChatRepository chats;
    private final OutboxMessageRepository outbox;
    private final TicketSettings settings;
    private final Clock clock;

    public TicketNotices(PersonChatRepository chats, OutboxMessageRepository outbox, TicketSettings settings,
                         Clock clock) {
        this.chats = chats;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A staff answer.
     *
     * @return the first outbox row written, or null when the person has no chat the bot may write to
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Long answered(Ticket ticket, String answer) {
        String text = text("ticket.notice.answered", number(ticket), ticket.getSubject(), answer);
        return write(ticket, ANSWERED, text, List.of(
                List.of(TicketButtons.text(TicketButtons.Action.REPLY, ticket.getId())),
                List.of(TicketButtons.mine())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Long resolved(Ticket ticket) {
        String text = text("ticket.notice.resolved", number(ticket), ticket.getSubject(),
                PersianText.toPersianDigits(Long.toString(settings.reopenWindow().toDays())));
        return write(ticket, RESOLVED, text, List.of(
                List.of(TicketButtons.text(TicketButtons.Action.RATE, ticket.getId())),
                List.of(TicketButtons.text(TicketButtons.Action.REOPEN, ticket.getId())),
                List.of(TicketButtons.mine())));
    }

    private Long write(Ticket ticket, String kind, String text, List<List<String>> buttons) {
        Long first = null;
        String body = OutboxMessage.replyKeyboardBody(text, buttons);
        for (PersonChat chat : chats.findByPersonIdAndBlockedAtIsNull(ticket.getPersonId())) {
            OutboxMessage row = outbox.save(new OutboxMessage(chat.getChannel(), chat.getChatId(), ticket.getPersonId(),
                    kind, null, body, clock.instant(), clock.instant()));
            if (first == null) {
                first = row.getId();
            }
        }
        return first;
    }

    private static String number(Ticket ticket) {
        return PersianText.toPersianDigits(Long.toString(ticket.getId()));
    }

    private static String text(String key, Object... args) {
        return new MessageFormat(TEXTS.getString(key), Locale.ROOT).format(args);
    }
}
