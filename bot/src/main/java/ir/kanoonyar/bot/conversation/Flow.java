package ir.kanoonyar.bot.conversation;

import java.util.Optional;

/**
 * A conversation the bot can hold: its id (kept in the session, so it must not change once chats
 * are in it), its declared {@link StateTable}, and how it starts. A flow hands over to another by
 * returning {@link Next#handover}; the {@link FlowRegistry} finds the target by id.
 */
public interface Flow {

    /** The main menu's id: where every chat is when it is in no other flow. */
    String MENU = "MENU";

    String id();

    StateTable table();

    /**
     * Starts the flow; the conversation state has just been cleared. The argument is whatever the
     * handing-over flow passed (its type is part of this flow's contract), null for a plain start.
     */
    Next start(Turn turn, Object argument);

    /**
     * The start argument when this flow takes a typed text wherever the person is, in place of the flow
     * they are in: the answer to a reply keyboard sent from the outbox, which replaced that flow's own
     * keyboard, so the flow would read the button's label as its answer. Empty for everything else (the
     * default); asked on every typed text, so it must answer text that is not its own cheaply.
     */
    default Optional<Object> takesAnywhere(Turn turn, Incoming.Text typed) {
        return Optional.empty();
    }
}
