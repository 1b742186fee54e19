package ir.kanoonyar.bot.conversation;

import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.db.conversation.ConversationSession;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.PersonChatRepository;

/**
 * One chat talking to the real {@link ConversationEngine} over the given flows, without HTTP, a
 * database or an outbox: plain {@link Incoming} values in, the engine's replies and the chat's state
 * out. A flow the test does not give (the main menu, a flow handed over to) is a {@link StubFlow}.
 */
public final class ConversationHarness {

    public static final long CHAT = 7;
    public static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final ConversationEngine engine;
    private final ConversationSession session = new ConversationSession(Channel.SIMULATOR, CHAT, NOW);
    private final FlowRegistry registry;

    public ConversationHarness(Flow... flows) {
        List<Flow> all = new ArrayList<>(List.of(flows));
        if (all.stream().noneMatch(f -> f.id().equals(Flow.MENU))) {
            all.add(new StubFlow(Flow.MENU));
        }
        this.registry = new FlowRegistry(all);
        this.engine = new ConversationEngine(registry, mock(PersonChatRepository.class), new Texts(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** Adds stand-ins for the flows the tested one hands over to. */
    public static Flow[] with(Flow tested, String... stubs) {
        List<Flow> all = new ArrayList<>(List.of(tested));
        for (String id : stubs) {
            all.add(new StubFlow(id));
        }
        return all.toArray(Flow[]::new);
    }

    public ConversationHarness as(Long personId) {
        session.setPersonId(personId);
        return this;
    }

    /** Puts the chat into a flow as a hand-over would; the replies of its start. */
    public List<Reply> begin(String flowId, Object argument) {
        return engine.begin(incoming(new Incoming.Text("")), session, flowId, argument).replies();
    }

    public List<Reply> send(Incoming.Content content) {
        return engine.handle(incoming(content), session).replies();
    }

    public List<Reply> text(String text) {
        return send(new Incoming.Text(text));
    }

    public List<Reply> command(String name) {
        return send(new Incoming.Command(name, ""));
    }

    /** Presses the inline button with this label in the reply (fails when there is none). */
    public List<Reply> press(Reply reply, String label) {
        return pressData(data(reply, label));
    }

    public List<Reply> pressData(String data) {
        return send(new Incoming.ButtonPressed("cb", data, 1));
    }

    /** Presses a button as if it were on the current keyboard. */
    public List<Reply> press(ButtonData button) {
        return pressData(ButtonCodec.encode(state().stamp, button));
    }

    public static String data(Reply reply, String label) {
        return reply.keyboard().rows().stream().flatMap(List::stream).filter(b -> b.text().equals(label))
                .findFirst().map(Reply.Button::data)
                .orElseThrow(() -> new AssertionError("No button «" + label + "» in " + reply.keyboard()));
    }

    public static List<String> labels(Reply reply) {
        return reply.keyboard().rows().stream().flatMap(List::stream).map(Reply.Button::text).toList();
    }

    public static List<String> texts(List<Reply> replies) {
        return replies.stream().map(Reply::text).toList();
    }

    public static Reply last(List<Reply> replies) {
        return replies.get(replies.size() - 1);
    }

    public ConversationState state() {
        return ConversationEngine.read(session.getState());
    }

    /** The flow the chat is in, MENU at the main menu. */
    public String flow() {
        String flow = state().flow;
        return flow == null ? Flow.MENU : flow;
    }

    public String step() {
        return state().step;
    }

    public ConversationSession session() {
        return session;
    }

    public StubFlow stub(String id) {
        return (StubFlow) registry.get(id);
    }

    private Incoming incoming(Incoming.Content content) {
        return new Incoming(Channel.SIMULATOR, CHAT, CHAT, "زهرا", content);
    }

    /** A flow that only records how it was started and says «started ID»; no states. */
    public static final class StubFlow implements Flow {

        private final String id;
        private final List<Object> starts = new ArrayList<>();

        public StubFlow(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public StateTable table() {
            return StateTable.builder().state(ConversationEngine.MENU_STATE,
                    Handler.otherwise(t -> {
                        t.say("stub " + id);
                        return Next.stay();
                    })).build();
        }

        @Override
        public Next start(Turn turn, Object argument) {
            starts.add(argument == null ? Optional.empty() : argument);
            turn.say(startedText(id));
            return Next.idle();
        }

        /** The arguments of each start, Optional.empty() for null. */
        public List<Object> starts() {
            return starts;
        }

        public static String startedText(String id) {
            return "started " + id;
        }
    }
}
