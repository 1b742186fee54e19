package ir.kanoonyar.bot.conversation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One row of a state table: what input it accepts, which states and flows it may lead to, and the
 * code that answers. The declared targets are checked when the handler answers, so a table cannot
 * drift from what the code does.
 */
public final class Handler {

    private final String accepts;
    private final Accepts filter;
    private final Action action;
    private final Set<String> states = new LinkedHashSet<>();
    private final Set<String> flows = new LinkedHashSet<>();

    private Handler(String accepts, Accepts filter, Action action) {
        this.accepts = accepts;
        this.filter = filter;
        this.action = action;
    }

    /** Typed text (not a command). */
    public static Handler text(Reaction<Incoming.Text> action) {
        return new Handler("text", (c, b) -> c instanceof Incoming.Text,
                (t, c, b) -> action.apply(t, (Incoming.Text) c));
    }

    public static Handler contact(Reaction<Incoming.ContactShared> action) {
        return new Handler("contact", (c, b) -> c instanceof Incoming.ContactShared,
                (t, c, b) -> action.apply(t, (Incoming.ContactShared) c));
    }

    public static Handler location(Reaction<Incoming.LocationShared> action) {
        return new Handler("location", (c, b) -> c instanceof Incoming.LocationShared,
                (t, c, b) -> action.apply(t, (Incoming.LocationShared) c));
    }

    public static Handler file(Reaction<Incoming.FileShared> action) {
        return new Handler("file", (c, b) -> c instanceof Incoming.FileShared && !Incoming.isVoice(c),
                (t, c, b) -> action.apply(t, (Incoming.FileShared) c));
    }

    /** A voice note, where the state takes one (elsewhere it is {@link #unsupported}). */
    public static Handler voice(Reaction<Incoming.FileShared> action) {
        return new Handler("voice", (c, b) -> Incoming.isVoice(c), (t, c, b) -> action.apply(t, (Incoming.FileShared) c));
    }

    /** A sticker, a voice note… something the bot cannot use. */
    public static Handler unsupported(Function<Turn, Next> action) {
        return new Handler("unsupported", (c, b) -> Incoming.unusable(c), (t, c, b) -> action.apply(t));
    }

    /** A current button of the given kind (stale ones never reach a handler). */
    public static <B extends ButtonData> Handler button(Class<B> kind, Reaction<B> action) {
        return new Handler("button " + kind.getSimpleName(), (c, b) -> kind.isInstance(b),
                (t, c, b) -> action.apply(t, kind.cast(b)));
    }

    /** Whatever else came: the last row of a state, which says what the state expects. */
    public static Handler otherwise(Function<Turn, Next> action) {
        return new Handler("anything", (c, b) -> true, (t, c, b) -> action.apply(t));
    }

    /** States of the same flow this handler may move to (staying and going idle need no declaration). */
    public Handler to(String... states) {
        this.states.addAll(List.of(states));
        return this;
    }

    /** Flows this handler may hand over to. */
    public Handler handsOverTo(String... flowIds) {
        this.flows.addAll(List.of(flowIds));
        return this;
    }

    public String accepts() {
        return accepts;
    }

    public Set<String> states() {
        return Set.copyOf(states);
    }

    public Set<String> flows() {
        return Set.copyOf(flows);
    }

    boolean accepts(Incoming.Content content, ButtonData button) {
        return filter.test(content, button);
    }

    Next handle(Turn turn, Incoming.Content content, ButtonData button) {
        return action.handle(turn, content, button);
    }

    /** Whether the handler declared this outcome. */
    boolean allows(Next next) {
        if (next instanceof Next.To to) {
            return states.contains(to.state());
        }
        if (next instanceof Next.Handover handover) {
            return flows.contains(handover.flowId());
        }
        return true;
    }

    @Override
    public String toString() {
        return accepts + " -> " + states + " " + flows;
    }

    /** The answering code of a handler for one kind of input. */
    @FunctionalInterface
    public interface Reaction<T> extends BiFunction<Turn, T, Next> {
    }

    @FunctionalInterface
    private interface Accepts {
        boolean test(Incoming.Content content, ButtonData button);
    }

    @FunctionalInterface
    private interface Action {
        Next handle(Turn turn, Incoming.Content content, ButtonData button);
    }
}
