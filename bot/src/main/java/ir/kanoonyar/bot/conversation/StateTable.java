package ir.kanoonyar.bot.conversation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A flow's declaration, after python-telegram-bot's ConversationHandler: how it starts (which
 * states and flows its start may lead to), its states, each with the handlers tried in order for an
 * input, and its own /back. The commands that work anywhere (/start, /menu, /cancel, /help) and
 * stale buttons are the engine's, see {@link ConversationEngine#FALLBACKS}.
 */
public final class StateTable {

    private final Handler start;
    private final Map<String, List<Handler>> states;
    private final Handler back;

    private StateTable(Handler start, Map<String, List<Handler>> states, Handler back) {
        this.start = start;
        this.states = states;
        this.back = back;
    }

    /** E.g. {@code builder().start(declared().to("FIELD").handsOverTo(Flow.MENU)).state("FIELD", ...)}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The declaration of the flow's start (its input is the start argument, not a message). */
    public Handler start() {
        return start;
    }

    public Map<String, List<Handler>> states() {
        return states;
    }

    /** The flow's /back, if it has one; otherwise the engine says there is nothing to go back to. */
    public Optional<Handler> back() {
        return Optional.ofNullable(back);
    }

    /** The first handler of the state that accepts the input; none when the state does not exist. */
    Optional<Handler> handlerFor(String state, Incoming.Content content, ButtonData button) {
        return states.getOrDefault(state, List.of()).stream().filter(h -> h.accepts(content, button)).findFirst();
    }

    public static final class Builder {

        private Handler start = Handler.otherwise(t -> Next.idle());
        private final Map<String, List<Handler>> states = new LinkedHashMap<>();
        private Handler back;

        /** What the start may lead to, as a {@link StateTable#declared()} with its targets. */
        public Builder start(Handler declaration) {
            this.start = declaration;
            return this;
        }

        public Builder state(String name, Handler... handlers) {
            if (states.putIfAbsent(name, List.of(handlers)) != null) {
                throw new IllegalArgumentException("State declared twice: " + name);
            }
            return this;
        }

        public Builder back(Handler handler) {
            this.back = handler;
            return this;
        }

        public StateTable build() {
            Map<String, List<Handler>> copy = new LinkedHashMap<>();
            states.forEach((name, handlers) -> copy.put(name, List.copyOf(handlers)));
            return new StateTable(start, Collections.unmodifiableMap(copy), back);
        }
    }

    /** A declaration of targets only, for {@link Builder#start}: its code is the flow's start method. */
    public static Handler declared() {
        return Handler.otherwise(t -> Next.stay());
    }
}
