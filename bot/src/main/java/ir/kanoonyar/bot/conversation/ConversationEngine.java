package ir.kanoonyar.bot.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import ir.kanoonyar.db.conversation.ConversationSession;
import ir.kanoonyar.db.person.PersonChatRepository;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dialogue engine: reads the chat's state, lets the commands that work anywhere (/start,
 * /menu, /cancel, /back, /help), a flow that takes a typed text anywhere ({@link Flow#takesAnywhere}),
 * or the current flow's state table answer, applies the handler's
 * {@link Next} (another state, idle, or a hand-over to another flow through the {@link FlowRegistry}),
 * and saves the state back into the session. Runs inside the inbox's per-update transaction.
 */
@Component
public class ConversationEngine {

    /** The commands every flow answers the same way (/back only when the flow has no /back of its own). */
    public static final Set<String> FALLBACKS = Set.of("start", "menu", "cancel", "back", "help");

    /** The main menu's only state. */
    public static final String MENU_STATE = "MENU";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A hand-over chain longer than this is a loop between flows, a bug. */
    private static final int MAX_HANDOVERS = 8;

    private final FlowRegistry flows;
    private final PersonChatRepository chats;
    private final Texts texts;
    private final Clock clock;

    public ConversationEngine(FlowRegistry flows, PersonChatRepository chats, Texts texts, Clock clock) {
        this.flows = flows;
        this.chats = chats;
        this.texts = texts;
        this.clock = clock;
    }

    /** What handling one update produced: the replies to send to this chat. */
    public record Outcome(List<Reply> replies) {
    }

    public Outcome handle(Incoming incoming, ConversationSession session) {
        return handle(incoming, session, this::route);
    }

    /**
     * Starts a flow as if another had handed over to it, with the incoming as the update that led
     * there: how unit tests put a chat into a flow without walking the menus to it.
     */
    Outcome begin(Incoming incoming, ConversationSession session, String flowId, Object argument) {
        return handle(incoming, session, turn -> {
            turn.state().reset();
            apply(turn, null, StateTable.declared().handsOverTo(flowId), Next.handover(flowId, argument), 0);
        });
    }

    private Outcome handle(Incoming incoming, ConversationSession session, Consumer<Turn> router) {
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
        router.accept(turn);
        session.moveTo(state.flow, state.form != null ? state.form.currentField() : null, write(state),
                clock.instant());
        return new Outcome(List.copyOf(turn.replies()));
    }

    private void route(Turn turn) {
        Incoming.Content content = turn.incoming().content();
        if (content instanceof Incoming.Command command) {
            command(turn, command);
            return;
        }
        ConversationState state = turn.state();
        if (content instanceof Incoming.Text typed && takenAnywhere(turn, typed)) {
            return;
        }
        ButtonData button = null;
        if (content instanceof Incoming.ButtonPressed pressed) {
            Optional<ButtonData> decoded = ButtonCodec.decode(pressed.data(), state.stamp);
            if (decoded.isEmpty()) {
                // Older keyboard, unknown kind, malformed or forged: all the same to the person.
                turn.say(texts.get(Text.OLD_BUTTON));
                return;
            }
            button = decoded.get();
        }
        Flow flow = current(state);
        String step = state.flow == null ? MENU_STATE : state.step;
        Optional<Handler> handler = flow.table().handlerFor(step, content, button);
        if (handler.isEmpty()) {
            // A state no longer declared (a row from a flow since changed): start over at the menu.
            state.reset();
            apply(turn, flow, StateTable.declared().handsOverTo(Flow.MENU), Next.menu(), 0);
            return;
        }
        apply(turn, flow, handler.get(), handler.get().handle(turn, content, button), 0);
    }

    /**
     * Hands a typed text over to the flow that takes it wherever the person is ({@link Flow#takesAnywhere});
     * a flow the person was in is left as /cancel leaves it, and they are told so.
     */
    private boolean takenAnywhere(Turn turn, Incoming.Text typed) {
        for (Flow flow : flows.all()) {
            Optional<Object> argument = flow.takesAnywhere(turn, typed);
            if (argument.isPresent()) {
                ConversationState state = turn.state();
                if (state.flow != null && !state.flow.equals(flow.id())) {
                    turn.say(texts.get(Text.CANCELLED));
                }
                state.reset();
                apply(turn, null, StateTable.declared().handsOverTo(flow.id()),
                        Next.handover(flow.id(), argument.get()), 0);
                return true;
            }
        }
        return false;
    }

    private void command(Turn turn, Incoming.Command command) {
        ConversationState state = turn.state();
        Handler any = StateTable.declared().handsOverTo(Flow.MENU);
        switch (command.name()) {
            case "start" -> {
                state.reset();
                apply(turn, null, any, Next.handover(Flow.MENU, new DeepLink(command.args())), 0);
            }
            case "menu" -> {
                state.reset();
                apply(turn, null, any, Next.menu(), 0);
            }
            case "cancel" -> {
                boolean busy = state.flow != null;
                state.reset();
                if (busy) {
                    turn.say(texts.get(Text.CANCELLED));
                }
                apply(turn, null, any, Next.menu(), 0);
            }
            case "back" -> {
                Flow flow = current(state);
                Optional<Handler> back = state.flow == null ? Optional.empty() : flow.table().back();
                if (back.isPresent()) {
                    apply(turn, flow, back.get(), back.get().handle(turn, command, null), 0);
                } else {
                    turn.say(texts.get(Text.NOTHING_TO_GO_BACK_TO));
                }
            }
            case "help" -> turn.say(texts.get(Text.HELP));
            default -> turn.say(texts.get(Text.UNKNOWN_COMMAND));
        }
    }

    private void apply(Turn turn, Flow flow, Handler handler, Next next, int handovers) {
        if (!handler.allows(next)) {
            throw new IllegalStateException("Flow " + (flow == null ? "engine" : flow.id()) + ": handler "
                    + handler + " returned undeclared " + next);
        }
        ConversationState state = turn.state();
        if (next instanceof Next.To to) {
            state.flow = flow.id().equals(Flow.MENU) ? null : flow.id();
            state.step = to.state();
        } else if (next instanceof Next.Idle) {
            state.reset();
        } else if (next instanceof Next.Handover handover) {
            if (handovers >= MAX_HANDOVERS) {
                throw new IllegalStateException("Flows hand over in a loop: " + handover);
            }
            Flow target = flows.get(handover.flowId());
            state.reset();
            Handler start = target.table().start();
            apply(turn, target, start, target.start(turn, handover.argument()), handovers + 1);
        }
    }

    private Flow current(ConversationState state) {
        return flows.get(state.flow == null || !flows.has(state.flow) ? Flow.MENU : state.flow);
    }

    static ConversationState read(String json) {
        if (json == null || json.isBlank()) {
            return new ConversationState();
        }
        return JSON.readValue(json, ConversationState.class).upgraded();
    }

    static String write(ConversationState state) {
        return JSON.writeValueAsString(state);
    }

    /** The main menu's start argument for "/start payload" (empty payload: a plain /start). */
    public record DeepLink(String payload) {
    }
}
