package ir.kanoonyar.db.filing;

import ir.kanoonyar.db.person.Person;

/** Who would sign a consent from a chat with a number the messenger vouched for, before anything is written. */
public sealed interface SignerCandidate {

    /**
     * The chat's own person, or the person registered with the number when the chat may become
     * theirs; {@code person} null when nobody has the number yet (one is made as they sign).
     */
    record Found(Person person) implements SignerCandidate {

        public Long personId() {
            return person == null ? null : person.getId();
        }
    }

    /**
     * Refused: the number's holder already has another chat on this messenger, or the chat is the
     * simulator's (which vouches for nothing) and they reach the bot anywhere else.
     */
    record OtherChat() implements SignerCandidate {
    }
}
