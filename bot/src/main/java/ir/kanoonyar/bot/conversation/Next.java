package ir.kanoonyar.bot.conversation;

import java.util.Objects;

/**
 * What a handler decided: where the chat is after this input. The engine applies it, so no flow
 * sets another flow going by calling it.
 */
public sealed interface Next {

    /** Stay in the state the chat is in (ask again, show the same step). */
    static Next stay() {
        return Stay.INSTANCE;
    }

    /** Move to another state of the same flow; it must be one the handler declared. */
    static Next to(String state) {
        return new To(state);
    }

    /** This flow is over: the chat is back at the main menu, which is not shown again. */
    static Next idle() {
        return Idle.INSTANCE;
    }

    /** Hand over to another flow: the conversation state is cleared and that flow starts with the argument. */
    static Next handover(String flowId, Object argument) {
        return new Handover(flowId, argument);
    }

    /** Back to the main menu, shown. */
    static Next menu() {
        return new Handover(Flow.MENU, null);
    }

    enum Stay implements Next {
        INSTANCE
    }

    enum Idle implements Next {
        INSTANCE
    }

    record To(String state) implements Next {
        public To {
            Objects.requireNonNull(state, "state");
        }
    }

    /** argument: what the target's {@link Flow#start} expects, or null. */
    record Handover(String flowId, Object argument) implements Next {
        public Handover {
            Objects.requireNonNull(flowId, "flowId");
        }
    }
}
