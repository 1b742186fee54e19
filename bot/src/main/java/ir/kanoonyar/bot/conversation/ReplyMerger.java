package ir.kanoonyar.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Packs what one update's handling said into as few messages as Telegram and Bale allow. A message
 * carries one reply_markup (an inline keyboard, a reply keyboard, or the removal of one), so a text
 * without a keyboard, or a reply keyboard that the next text's replaces, goes out with the next text
 * instead of as a message of its own (e.g. the welcome and the main menu, the registration's intro
 * and its first question). Each message sent waits its turn at the per-chat pace and takes a share of
 * the per-bot rate, so fewer messages is a faster reply. What stays apart: files (their caption is
 * short and the keyboard belongs to the file), an inline keyboard with anything after it (its buttons
 * belong under its own text), a reply keyboard or its removal followed by an inline keyboard (two
 * reply_markups), and texts that together pass the messengers' length limit.
 */
public final class ReplyMerger {

    /** Telegram's and Bale's longest message text. */
    public static final int MAX_TEXT = 4096;

    /** Between the merged texts: a blank line, as between two paragraphs. */
    static final String GAP = "\n\n";

    private ReplyMerger() {
    }

    /** The replies in the same order, neighbours merged where one message can carry both. */
    public static List<Reply> merge(List<Reply> replies) {
        List<Reply> messages = new ArrayList<>(replies.size());
        for (Reply reply : replies) {
            int last = messages.size() - 1;
            Optional<Reply> merged = last < 0 ? Optional.empty() : merged(messages.get(last), reply);
            if (merged.isPresent()) {
                messages.set(last, merged.get());
            } else {
                messages.add(reply);
            }
        }
        return messages;
    }

    /** first and then second as one message, when that message shows the same and leaves the same keyboard. */
    static Optional<Reply> merged(Reply first, Reply second) {
        if (first.media() != null || second.media() != null || first.text().isEmpty() || second.text().isEmpty()
                || first.text().length() + GAP.length() + second.text().length() > MAX_TEXT) {
            return Optional.empty();
        }
        return keyboardOfBoth(first.keyboard(), second.keyboard())
                .map(keyboard -> new Reply(first.text() + GAP + second.text(), keyboard));
    }

    /** The one keyboard that leaves the chat as the two messages would, if there is one. */
    private static Optional<Reply.Keyboard> keyboardOfBoth(Reply.Keyboard first, Reply.Keyboard second) {
        return switch (first.kind()) {
            case NONE -> Optional.of(second);
            // A reply keyboard stays until another replaces or removes it, so the later one is what remains.
            case REPLY, REMOVE -> switch (second.kind()) {
                case NONE -> Optional.of(first);
                case REPLY, REMOVE -> Optional.of(second);
                case INLINE -> Optional.empty();
            };
            case INLINE -> Optional.empty();
        };
    }
}
