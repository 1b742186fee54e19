package ir.kanoonyar.bot.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Handler;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Next;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.StateTable;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.files.FileIntake;
import ir.kanoonyar.bot.media.MediaLibrary;
import ir.kanoonyar.db.knowledge.KbAnswer;
import ir.kanoonyar.db.knowledge.KbAnswerRepository;
import ir.kanoonyar.db.knowledge.KnowledgeBase;
import ir.kanoonyar.db.knowledge.KnowledgeSearch;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.ticket.Ticket;
import ir.kanoonyar.db.ticket.TicketButtons;
import ir.kanoonyar.db.ticket.TicketCategory;
import ir.kanoonyar.db.ticket.TicketDesk;
import ir.kanoonyar.db.ticket.TicketLevel;
import ir.kanoonyar.db.ticket.TicketMessage;
import ir.kanoonyar.db.ticket.TicketMessageKind;
import ir.kanoonyar.db.ticket.TicketRefusal;
import ir.kanoonyar.db.ticket.TicketRefused;
import ir.kanoonyar.db.ticket.TicketRouting;
import ir.kanoonyar.db.ticket.TicketSettings;
import ir.kanoonyar.db.ticket.TicketState;
import org.springframework.stereotype.Component;

/**
 * «تماس با کارشناس» and «تیکت‌های من» (issue 11): a person picks a category and writes the question;
 * the knowledge base is searched first and its best answers offered as buttons; «پاسخم را نگرفتم» opens
 * the ticket with the question in it. Staff answers arrive through the outbox with reply-keyboard
 * buttons ({@link TicketButtons}) that bring the person back here to write again (text, photo or PDF),
 * to rate a resolved ticket from 1 to 5 with an optional comment, or to reopen it within the window.
 * Every ticket id, from a button or a typed notice button, is checked against the person by
 * {@link TicketDesk}: another person's or a forged one is «پیدا نشد».
 */
@Component
public class TicketFlow implements Flow {

    public static final String ID = "TICKET";

    static final String CATEGORY = "CATEGORY";
    static final String QUESTION = "QUESTION";
    static final String OFFER = "OFFER";
    static final String REPLY = "REPLY";
    static final String RATE = "RATE";
    static final String COMMENT = "COMMENT";

    /** The start argument of «تماس با کارشناس» (a new ticket) and of «تیکت‌های من». */
    public enum Start {
        NEW,
        MINE
    }

    private final StateTable table;
    private final Texts texts;
    private final PersonRepository persons;
    private final TicketDesk desk;
    private final TicketRouting routing;
    private final TicketSettings settings;
    private final KnowledgeSearch search;
    private final KbAnswerRepository answers;
    private final FileIntake files;
    private final KnowledgeBase knowledge;

    public TicketFlow(Texts texts, PersonRepository persons, TicketDesk desk, TicketRouting routing,
                      TicketSettings settings, KnowledgeSearch search, KbAnswerRepository answers, FileIntake files,
                      KnowledgeBase knowledge) {
        this.texts = texts;
        this.persons = persons;
        this.desk = desk;
        this.routing = routing;
        this.settings = settings;
        this.search = search;
        this.answers = answers;
        this.files = files;
        this.knowledge = knowledge;
        String[] all = {CATEGORY, QUESTION, OFFER, REPLY, RATE, COMMENT};
        this.table = StateTable.builder()
                .start(StateTable.declared().to(all).handsOverTo(MENU))
                .state(CATEGORY,
                        Handler.button(ButtonData.Ticket.class, this::onButton).to(all).handsOverTo(MENU),
                        Handler.otherwise(t -> useButtons(t)))
                .state(QUESTION,
                        Handler.text(this::question).to(all).handsOverTo(MENU),
                        Handler.button(ButtonData.Ticket.class, this::onButton).to(all).handsOverTo(MENU),
                        Handler.otherwise(t -> say(t, Text.TICKET_TEXT_PLEASE)))
                .state(OFFER,
                        Handler.button(ButtonData.Ticket.class, this::onButton).to(all).handsOverTo(MENU),
                        Handler.otherwise(t -> useButtons(t)))
                .state(REPLY,
                        Handler.text((t, typed) -> write(t, TicketMessageKind.TEXT, typed.text(), null))
                                .handsOverTo(MENU),
                        Handler.file(this::file).handsOverTo(MENU),
                        Handler.voice(this::voice).handsOverTo(MENU),
                        Handler.button(ButtonData.Ticket.class, this::onButton).to(all).handsOverTo(MENU),
                        Handler.otherwise(t -> say(t, Text.TICKET_FILE_OR_TEXT)))
                .state(RATE,
                        Handler.button(ButtonData.Ticket.class, this::onButton).to(all).handsOverTo(MENU),
                        Handler.text(this::typedStars).to(all).handsOverTo(MENU),
                        Handler.otherwise(t -> say(t, Text.TICKET_RATING_RANGE)))
                .state(COMMENT,
                        Handler.button(ButtonData.Ticket.class, this::onButton).to(all).handsOverTo(MENU),
                        Handler.text(this::comment).handsOverTo(MENU),
                        Handler.otherwise(t -> say(t, Text.TICKET_USE_BUTTONS)))
                .build();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StateTable table() {
        return table;
    }

    /** {@link Start}, a {@link TicketButtons.Pressed} notice button, or a {@link ButtonData.Ticket}. */
    @Override
    public Next start(Turn turn, Object argument) {
        Optional<Person> person = registered(turn);
        if (person.isEmpty()) {
            turn.say(texts.get(Text.TICKET_REGISTER_FIRST));
            return Next.menu();
        }
        if (argument instanceof ButtonData.Ticket button) {
            return onButton(turn, button);
        }
        if (argument instanceof TicketButtons.Pressed pressed) {
            return switch (pressed.action()) {
                case REPLY -> replyTo(turn, pressed.ticketId());
                case RATE -> askStars(turn, pressed.ticketId());
                case REOPEN -> reopen(turn, pressed.ticketId());
            };
        }
        if (argument == Start.MINE) {
            mine(turn);
            return Next.idle();
        }
        if (routing.regionOf(person.get()).isEmpty()) {
            turn.say(texts.get(Text.TICKET_NO_REGION));
            return Next.idle();
        }
        int stamp = turn.nextStamp();
        List<List<Reply.Button>> rows = new ArrayList<>();
        for (TicketCategory category : TicketCategory.values()) {
            rows.add(List.of(Reply.Button.callback(categoryName(category), stamp, new ButtonData.TicketPick(category))));
        }
        turn.say(new Reply(texts.get(Text.TICKET_CHOOSE_CATEGORY), Reply.Keyboard.inline(rows)));
        return Next.to(CATEGORY);
    }

    private Next onButton(Turn turn, ButtonData.Ticket button) {
        if (registered(turn).isEmpty()) {
            turn.say(texts.get(Text.TICKET_REGISTER_FIRST));
            return Next.menu();
        }
        if (button instanceof ButtonData.TicketPick pick) {
            turn.state().ticketCategory = pick.category().name();
            turn.say(new Reply(texts.get(Text.TICKET_ASK_QUESTION, categoryName(pick.category()),
                    TicketMessage.BODY_LENGTH), Reply.Keyboard.REMOVE));
            return Next.to(QUESTION);
        } else if (button instanceof ButtonData.TicketKb kb) {
            return readAnswer(turn, kb.answerId());
        } else if (button instanceof ButtonData.TicketNotHelped) {
            return openTicket(turn);
        } else if (button instanceof ButtonData.TicketHelped) {
            turn.say(texts.get(Text.TICKET_KB_GLAD));
            return Next.menu();
        } else if (button instanceof ButtonData.TicketShow show) {
            return showThread(turn, show.ticketId());
        } else if (button instanceof ButtonData.TicketReplyTo reply) {
            return replyTo(turn, reply.ticketId());
        } else if (button instanceof ButtonData.TicketStars stars) {
            return rate(turn, stars.ticketId(), stars.stars());
        } else if (button instanceof ButtonData.TicketNoComment) {
            turn.say(texts.get(Text.TICKET_THANKS));
            return Next.menu();
        } else if (button instanceof ButtonData.TicketReopen reopen) {
            return reopen(turn, reopen.ticketId());
        }
        return Next.stay();
    }

    /** The question typed: the knowledge base first; nothing found opens the ticket at once. */
    private Next question(Turn turn, Incoming.Text typed) {
        String text = PersianText.normalize(typed.text());
        if (PersianText.matchKey(text).isEmpty()) {
            turn.say(texts.get(Text.TICKET_EMPTY));
            return Next.stay();
        }
        if (text.length() > TicketMessage.BODY_LENGTH) {
            turn.say(texts.get(Text.TICKET_TOO_LONG, TicketMessage.BODY_LENGTH, text.length()));
            return Next.stay();
        }
        if (turn.state().ticketCategory == null) {
            return start(turn, Start.NEW);
        }
        turn.state().ticketQuestion = text;
        Person person = registered(turn).orElseThrow();
        Long province = routing.regionOf(person).map(TicketRouting.Region::provinceId).orElse(null);
        List<KbAnswer> found = search.offer(text, province);
        if (found.isEmpty()) {
            return openTicket(turn);
        }
        offer(turn, found);
        return Next.to(OFFER);
    }

    private void offer(Turn turn, List<KbAnswer> found) {
        int stamp = turn.nextStamp();
        List<List<Reply.Button>> rows = new ArrayList<>();
        for (KbAnswer answer : found) {
            rows.add(List.of(Reply.Button.callback(answer.getTitle(), stamp, new ButtonData.TicketKb(answer.getId()))));
        }
        rows.add(List.of(Reply.Button.callback(texts.get(Text.TICKET_KB_HELPED), stamp, new ButtonData.TicketHelped()),
                Reply.Button.callback(texts.get(Text.TICKET_KB_NOT_HELPED), stamp, new ButtonData.TicketNotHelped())));
        turn.say(new Reply(texts.get(Text.TICKET_KB_OFFER), Reply.Keyboard.inline(rows)));
    }

    /** An offered answer: only one the knowledge base offered to this question (the others are stale). */
    private Next readAnswer(Turn turn, long answerId) {
        String question = turn.state().ticketQuestion;
        Person person = registered(turn).orElseThrow();
        Long province = routing.regionOf(person).map(TicketRouting.Region::provinceId).orElse(null);
        List<KbAnswer> offered = question == null ? List.of() : search.best(question, province);
        Optional<KbAnswer> answer = offered.stream().filter(a -> a.getId() == answerId).findFirst();
        if (answer.isEmpty()) {
            turn.say(texts.get(Text.OLD_BUTTON));
            return Next.menu();
        }
        search.opened(answerId);
        turn.say(texts.get(Text.TICKET_KB_ANSWER, answer.get().getTitle(), answer.get().getBody()));
        // The file is named here and read when the message is sent; its caption is the answer's title.
        knowledge.attachmentOf(answer.get()).ifPresent(file -> turn.say(Reply.media(
                MediaLibrary.kbFile(answer.get(), KnowledgeBase.File.isPhoto(file)), answer.get().getTitle())));
        offer(turn, offered);
        return Next.to(OFFER);
    }

    private Next openTicket(Turn turn) {
        String question = turn.state().ticketQuestion;
        String category = turn.state().ticketCategory;
        if (question == null || category == null) {
            turn.say(texts.get(Text.OLD_BUTTON));
            return Next.menu();
        }
        try {
            Ticket ticket = desk.open(turn.personId(), TicketCategory.valueOf(category), question);
            turn.say(texts.get(Text.TICKET_OPENED, ticket.getId(), texts.get(
                    ticket.getLevel() == TicketLevel.COUNTY ? Text.TICKET_OPENED_COUNTY : Text.TICKET_OPENED_PROVINCE)));
        } catch (TicketRefused refused) {
            refusal(turn, refused, null);
        }
        return Next.menu();
    }

    /** «تیکت‌های من»: the latest tickets, each a button to its thread. */
    private void mine(Turn turn) {
        List<Ticket> tickets = desk.mine(turn.personId());
        if (tickets.isEmpty()) {
            turn.say(texts.get(Text.TICKET_NONE));
            return;
        }
        int stamp = turn.nextStamp();
        StringBuilder text = new StringBuilder(texts.get(Text.TICKET_LIST_TITLE));
        List<List<Reply.Button>> rows = new ArrayList<>();
        int n = 0;
        for (Ticket ticket : tickets) {
            text.append('\n').append(texts.get(Text.TICKET_LINE, ++n, ticket.getId(), ticket.getSubject(),
                    stateName(ticket.getState())));
            rows.add(List.of(Reply.Button.callback(texts.get(Text.TICKET_THREAD_TITLE, ticket.getId(),
                    categoryName(ticket.getCategory()), stateName(ticket.getState())), stamp,
                    new ButtonData.TicketShow(ticket.getId()))));
        }
        turn.say(new Reply(text.toString(), Reply.Keyboard.inline(rows)));
    }

    /** A ticket's thread as the person may see it (no internal notes), with what they may do next. */
    private Next showThread(Turn turn, long ticketId) {
        Ticket ticket;
        List<TicketMessage> thread;
        try {
            ticket = desk.own(turn.personId(), ticketId);
            thread = desk.thread(turn.personId(), ticketId);
        } catch (TicketRefused refused) {
            refusal(turn, refused, null);
            return Next.idle();
        }
        StringBuilder text = new StringBuilder(texts.get(Text.TICKET_THREAD_TITLE, ticket.getId(),
                categoryName(ticket.getCategory()), stateName(ticket.getState())));
        for (TicketMessage m : thread) {
            String body = switch (m.getKind()) {
                case TEXT -> m.getBody();
                case VOICE -> texts.get(Text.TICKET_THREAD_VOICE);
                default -> (texts.get(Text.TICKET_THREAD_FILE) + " " + m.getBody()).strip();
            };
            String when = JalaliDate.tehranDayAndTime(m.getCreatedAt());
            text.append("\n\n").append(m.isByStaff() ? texts.get(Text.TICKET_THREAD_STAFF, m.getAuthorName(), when, body)
                    : texts.get(Text.TICKET_THREAD_PERSON, when, body));
        }
        String shown = text.length() <= 4000 ? text.toString() : "…" + text.substring(text.length() - 3999);
        int stamp = turn.nextStamp();
        List<Reply.Button> actions = new ArrayList<>();
        if (ticket.getState() != TicketState.RESOLVED) {
            actions.add(Reply.Button.callback(texts.get(Text.TICKET_REPLY_BUTTON), stamp,
                    new ButtonData.TicketReplyTo(ticket.getId())));
        } else {
            if (ticket.getRating() == null) {
                actions.add(Reply.Button.callback(texts.get(Text.TICKET_RATE_BUTTON), stamp,
                        new ButtonData.TicketStars(ticket.getId(), 0)));
            }
            if (desk.canReopen(ticket)) {
                actions.add(Reply.Button.callback(texts.get(Text.TICKET_REOPEN_BUTTON), stamp,
                        new ButtonData.TicketReopen(ticket.getId())));
            }
        }
        turn.say(new Reply(shown, actions.isEmpty() ? Reply.Keyboard.NONE : Reply.Keyboard.inline(List.of(actions))));
        return Next.idle();
    }

    private Next replyTo(Turn turn, long ticketId) {
        try {
            Ticket ticket = desk.own(turn.personId(), ticketId);
            if (ticket.getState() == TicketState.RESOLVED && !desk.canReopen(ticket)) {
                turn.say(texts.get(Text.TICKET_WINDOW_PASSED, ticket.getId(), settings.reopenWindow().toDays()));
                return Next.menu();
            }
            turn.state().ticketId = ticket.getId();
            turn.say(new Reply(texts.get(Text.TICKET_WRITE_REPLY, ticket.getId()), Reply.Keyboard.REMOVE));
            return Next.to(REPLY);
        } catch (TicketRefused refused) {
            refusal(turn, refused, ticketId);
            return Next.menu();
        }
    }

    private Next file(Turn turn, Incoming.FileShared shared) {
        Long ticketId = turn.state().ticketId;
        boolean photo = shared.kind() == Incoming.FileKind.PHOTO;
        try {
            desk.own(turn.personId(), ticketId == null ? -1 : ticketId);
        } catch (TicketRefused refused) {
            refusal(turn, refused, ticketId);
            return Next.menu();
        }
        FileIntake.Outcome taken = files.take(turn.incoming().channel(), "ticket", shared.fileId(), shared.fileName(),
                photo);
        if (taken.refusal() != null) {
            turn.say(texts.get(taken.refusal()));
            return Next.stay();
        }
        return write(turn, photo ? TicketMessageKind.PHOTO : TicketMessageKind.DOCUMENT,
                shared.fileName() == null ? "" : shared.fileName(), taken.attachmentId());
    }

    private Next voice(Turn turn, Incoming.FileShared shared) {
        Long ticketId = turn.state().ticketId;
        try {
            desk.own(turn.personId(), ticketId == null ? -1 : ticketId);
        } catch (TicketRefused refused) {
            refusal(turn, refused, ticketId);
            return Next.menu();
        }
        FileIntake.Outcome taken = files.takeVoice(turn.incoming().channel(), "ticket-voice", shared.fileId());
        if (taken.refusal() != null) {
            turn.say(texts.get(taken.refusal()));
            return Next.stay();
        }
        return write(turn, TicketMessageKind.VOICE, "", taken.attachmentId());
    }

    private Next write(Turn turn, TicketMessageKind kind, String text, Long attachmentId) {
        Long ticketId = turn.state().ticketId;
        if (kind == TicketMessageKind.TEXT) {
            String typed = PersianText.normalize(text);
            if (typed.length() > TicketMessage.BODY_LENGTH) {
                turn.say(texts.get(Text.TICKET_TOO_LONG, TicketMessage.BODY_LENGTH, typed.length()));
                return Next.stay();
            }
            if (PersianText.matchKey(typed).isEmpty()) {
                turn.say(texts.get(Text.TICKET_EMPTY));
                return Next.stay();
            }
        }
        try {
            TicketDesk.Added added = desk.write(turn.personId(), ticketId == null ? -1 : ticketId, kind, text,
                    attachmentId);
            turn.say(texts.get(added == TicketDesk.Added.REOPENED ? Text.TICKET_REOPENED : Text.TICKET_REPLY_SENT,
                    ticketId));
        } catch (TicketRefused refused) {
            refusal(turn, refused, ticketId);
        }
        return Next.menu();
    }

    private Next reopen(Turn turn, long ticketId) {
        try {
            Ticket ticket = desk.reopen(turn.personId(), ticketId);
            turn.state().ticketId = ticket.getId();
            turn.say(new Reply(texts.get(Text.TICKET_REOPENED_WRITE, ticket.getId()), Reply.Keyboard.REMOVE));
            return Next.to(REPLY);
        } catch (TicketRefused refused) {
            refusal(turn, refused, ticketId);
            return Next.menu();
        }
    }

    /** Asks for 1 to 5 as buttons (a stars value of 0 on a button is this question). */
    private Next askStars(Turn turn, long ticketId) {
        try {
            Ticket ticket = desk.own(turn.personId(), ticketId);
            if (ticket.getState() != TicketState.RESOLVED || ticket.getRating() != null) {
                turn.say(texts.get(Text.TICKET_CANNOT_RATE));
                return Next.menu();
            }
            int stamp = turn.nextStamp();
            List<Reply.Button> stars = new ArrayList<>();
            for (int s = 1; s <= 5; s++) {
                stars.add(Reply.Button.callback(PersianText.toPersianDigits(Integer.toString(s)), stamp,
                        new ButtonData.TicketStars(ticket.getId(), s)));
            }
            turn.state().ticketId = ticket.getId();
            turn.say(new Reply(texts.get(Text.TICKET_RATE_ASK, ticket.getId()), Reply.Keyboard.inline(List.of(stars))));
            return Next.to(RATE);
        } catch (TicketRefused refused) {
            refusal(turn, refused, ticketId);
            return Next.menu();
        }
    }

    private Next typedStars(Turn turn, Incoming.Text typed) {
        String text = PersianText.normalize(typed.text());
        Long ticketId = turn.state().ticketId;
        if (ticketId == null || !text.matches("[0-9]{1,2}")) {
            turn.say(texts.get(Text.TICKET_RATING_RANGE));
            return Next.stay();
        }
        return rate(turn, ticketId, Integer.parseInt(text));
    }

    private Next rate(Turn turn, long ticketId, int stars) {
        if (stars == 0) {
            return askStars(turn, ticketId);
        }
        try {
            desk.rate(turn.personId(), ticketId, stars);
            turn.state().ticketId = ticketId;
            int stamp = turn.nextStamp();
            turn.say(new Reply(texts.get(Text.TICKET_RATED, stars), Reply.Keyboard.inline(List.of(List.of(
                    Reply.Button.callback(texts.get(Text.TICKET_NO_COMMENT), stamp, new ButtonData.TicketNoComment()))))));
            return Next.to(COMMENT);
        } catch (TicketRefused refused) {
            if (refused.refusal() == TicketRefusal.RATING_OUT_OF_RANGE) {
                turn.say(texts.get(Text.TICKET_RATING_RANGE));
                return Next.stay();
            }
            refusal(turn, refused, ticketId);
            return Next.menu();
        }
    }

    private Next comment(Turn turn, Incoming.Text typed) {
        Long ticketId = turn.state().ticketId;
        String text = PersianText.normalize(typed.text());
        if (text.length() > Ticket.COMMENT_LENGTH) {
            turn.say(texts.get(Text.TICKET_COMMENT_TOO_LONG, Ticket.COMMENT_LENGTH, text.length()));
            return Next.stay();
        }
        try {
            desk.comment(turn.personId(), ticketId == null ? -1 : ticketId, text);
            turn.say(texts.get(Text.TICKET_THANKS));
        } catch (TicketRefused refused) {
            if (refused.refusal() == TicketRefusal.EMPTY_TEXT) {
                turn.say(texts.get(Text.TICKET_USE_BUTTONS));
                return Next.stay();
            }
            refusal(turn, refused, ticketId);
        }
        return Next.menu();
    }

    private void refusal(Turn turn, TicketRefused refused, Long ticketId) {
        turn.say(switch (refused.refusal()) {
            case NO_REGION -> texts.get(Text.TICKET_NO_REGION);
            case REOPEN_WINDOW_PASSED -> texts.get(Text.TICKET_WINDOW_PASSED, ticketId, settings.reopenWindow().toDays());
            case CANNOT_RATE -> texts.get(Text.TICKET_CANNOT_RATE);
            case RATING_OUT_OF_RANGE -> texts.get(Text.TICKET_RATING_RANGE);
            case EMPTY_TEXT -> texts.get(Text.TICKET_EMPTY);
            case TEXT_TOO_LONG -> texts.get(Text.TICKET_TOO_LONG, TicketMessage.BODY_LENGTH, TicketMessage.BODY_LENGTH);
            case WRONG_STATE, ALREADY_AT_PROVINCE, BAD_COLLEAGUE -> texts.get(Text.TICKET_WRONG_STATE);
            case NOT_FOUND -> texts.get(Text.TICKET_NOT_FOUND);
        });
    }

    private Next useButtons(Turn turn) {
        turn.say(texts.get(Text.TICKET_USE_BUTTONS));
        return Next.stay();
    }

    private Next say(Turn turn, Text text) {
        turn.say(texts.get(text));
        return Next.stay();
    }

    private String categoryName(TicketCategory category) {
        return texts.get(Text.valueOf("TICKET_CATEGORY_" + category.name()));
    }

    private String stateName(TicketState state) {
        return texts.get(Text.valueOf("TICKET_STATE_" + state.name()));
    }

    private Optional<Person> registered(Turn turn) {
        return turn.personId() == null ? Optional.empty()
                : persons.findById(turn.personId()).filter(Person::isRegistered);
    }
}
