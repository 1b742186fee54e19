package ir.kanoonyar.bot.flows;

import java.time.Clock;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Next;
import ir.kanoonyar.bot.conversation.StateTable;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.db.person.StartLink;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import org.springframework.stereotype.Component;

/**
 * A staff member opens the one-time link the back-office showed them ("/start s_<token>"): this chat
 * becomes their account's, so the back-office's digest and escalations reach them here. The token
 * works once and only until it expires; anything else gets a Persian explanation. One answer, no
 * states: the chat stays at the main menu.
 */
@Component
public class StaffChatLinking implements Flow {

    public static final String ID = "STAFF_LINK";
    public static final String LINK_PREFIX = StartLink.STAFF_PREFIX;

    private static final StateTable TABLE = StateTable.builder().build();

    private final StaffAccountRepository staff;
    private final Texts texts;
    private final Clock clock;

    public StaffChatLinking(StaffAccountRepository staff, Texts texts, Clock clock) {
        this.staff = staff;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StateTable table() {
        return TABLE;
    }

    /** argument: the token of the link, after its prefix. */
    @Override
    public Next start(Turn turn, Object argument) {
        link(turn, (String) argument);
        return Next.idle();
    }

    private void link(Turn turn, String token) {
        Optional<StaffAccount> account = token.isBlank() ? Optional.empty()
                : staff.findByChatLinkToken(token)
                        .filter(a -> a.isEnabled() && a.chatLinkValidAt(token, clock.instant()));
        if (account.isEmpty()) {
            turn.say(texts.get(Text.STAFF_CHAT_LINK_INVALID));
            return;
        }
        StaffAccount linked = account.get();
        linked.linkChat(turn.incoming().channel(), turn.incoming().chatId());
        staff.save(linked);
        turn.say(texts.get(Text.STAFF_CHAT_LINKED, linked.getDisplayName()));
    }
}
