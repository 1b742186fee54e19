package ir.kanoonyar.bot.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.bot.flows.ConsentFlow;
import ir.kanoonyar.bot.flows.MainMenu;
import ir.kanoonyar.bot.flows.MyRequestsFlow;
import ir.kanoonyar.bot.flows.StaffChatLinking;
import ir.kanoonyar.bot.forms.FormRunner;
import ir.kanoonyar.db.conversation.ConversationSession;
import ir.kanoonyar.db.person.PersonChatRepository;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dialogue engine: reads the chat's state, lets the commands that work anywhere (/start,
 * /menu, /cancel, /back, /help) or the current flow answer, and saves the state back into the
 * session. Runs inside the inbox's per-update transaction.
 */
@Component
public class ConversationEngine {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MainMenu menu;
    private final FormRunner forms;
    private final ConsentFlow consents;
    private final MyRequestsFlow myRequests;
    private final StaffChatLinking staffLinks;
    private final PersonChatRepository chats;
    private final Texts texts;
    private final Clock clock;

    public ConversationEngine(MainMenu menu, FormRunner forms, ConsentFlow consents, MyRequestsFlow myRequests,
                              StaffChatLinking staffLinks, PersonChatRepository chats, Texts texts, Clock clock) {
        this.staffLinks = staffLinks;
        this.menu = menu;
        this.forms = forms;
        this.consents = consents;
        this.myRequests = myRequests;
        this.chats = chats;
        this.texts = texts;
        this.clock = clock;
    }

    /** What handling one update produced: the replies to send to this chat. */
    public record Outcome(List<Reply> replies) {
    }

    public Outcome handle(Incoming incoming, ConversationSession session) {
        ConversationState state = read(session.getState());
        Turn turn = new Turn(incoming, session, state, new ArrayList<>());
        chats.findByChannelAndChatId(incoming.channel(), incoming.chatId()).ifPresent(chat -> {
            if (session.getPersonId() == null) {
                session.setPersonId(chat.getPersonId());
            }
            // A person who writes to the bot has not blocked it (any more).
            if (chat.isBlocked()) {
                chat.markReachable();
            }
        });
        route(turn);
        session.moveTo(state.flow == null ? null : state.flow.name(),
                state.form != null ? state.form.currentField() : null, write(state), clock.instant());
        return new Outcome(List.copyOf(turn.replies()));
    }

    private void route(Turn turn) {
        Incoming.Content content = turn.incoming().content();
        if (content instanceof Incoming.Command command) {
            command(turn, command);
            return;
        }
        ConversationState state = turn.state();
        if (content instanceof Incoming.ButtonPressed pressed && !Callback.isCurrent(pressed.data(), state.stamp)) {
            turn.say(texts.get(Text.OLD_BUTTON));
            return;
        }
        if (state.flow == null) {
            menu.onInput(turn);
            return;
        }
        switch (state.flow) {
            case FORM -> forms.onInput(turn);
            case CONSENT -> consents.onInput(turn);
            case WITHDRAW -> myRequests.onWithdrawInput(turn);
        }
    }

    private void command(Turn turn, Incoming.Command command) {
        ConversationState state = turn.state();
        switch (command.name()) {
            case "start" -> {
                state.reset();
                if (command.args().startsWith(ConsentFlow.LINK_PREFIX)) {
                    consents.start(turn, command.args().substring(ConsentFlow.LINK_PREFIX.length()));
                } else if (command.args().startsWith(StaffChatLinking.LINK_PREFIX)) {
                    staffLinks.link(turn, command.args().substring(StaffChatLinking.LINK_PREFIX.length()));
                } else {
                    menu.welcome(turn);
                }
            }
            case "menu" -> {
                state.reset();
                menu.show(turn);
            }
            case "cancel" -> {
                boolean busy = state.flow != null;
                state.reset();
                if (busy) {
                    turn.say(texts.get(Text.CANCELLED));
                }
                menu.show(turn);
            }
            case "back" -> {
                if (state.flow == ConversationState.Flow.FORM) {
                    forms.back(turn);
                } else {
                    turn.say(texts.get(Text.NOTHING_TO_GO_BACK_TO));
                }
            }
            case "help" -> turn.say(texts.get(Text.HELP));
            default -> turn.say(texts.get(Text.UNKNOWN_COMMAND));
        }
    }

    static ConversationState read(String json) {
        if (json == null || json.isBlank()) {
            return new ConversationState();
        }
        return JSON.readValue(json, ConversationState.class);
    }

    static String write(ConversationState state) {
        return JSON.writeValueAsString(state);
    }
}
