package ir.kanoonyar.bot.conversation;

import java.util.List;

import ir.kanoonyar.db.conversation.ConversationSession;

/** One update being handled: what came in, the chat's session and state, and the replies so far. */
public record Turn(Incoming incoming, ConversationSession session, ConversationState state, List<Reply> replies) {

    public void say(String text) {
        replies.add(Reply.text(text));
    }

    public void say(Reply reply) {
        replies.add(reply);
    }

    public Long personId() {
        return session.getPersonId();
    }

    /** Starts a new inline keyboard generation: buttons of older messages stop working. */
    public int nextStamp() {
        return ++state.stamp;
    }
}
