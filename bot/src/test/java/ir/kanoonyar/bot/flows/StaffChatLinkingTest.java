package ir.kanoonyar.bot.flows;

import static ir.kanoonyar.bot.conversation.ConversationHarness.CHAT;
import static ir.kanoonyar.bot.conversation.ConversationHarness.NOW;
import static ir.kanoonyar.bot.conversation.ConversationHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import ir.kanoonyar.bot.conversation.ConversationHarness;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import org.junit.jupiter.api.Test;

/** A staff member's one-time link ties this chat to their account, once and only in time. */
class StaffChatLinkingTest {

    private final Texts texts = new Texts();
    private final StaffAccountRepository staff = mock(StaffAccountRepository.class);
    private final StaffAccount account = mock(StaffAccount.class);
    private final ConversationHarness chat = new ConversationHarness(Mocked.build(StaffChatLinking.class, texts,
            staff));

    {
        when(staff.findByChatLinkToken("good")).thenReturn(Optional.of(account));
        when(account.isEnabled()).thenReturn(true);
        when(account.chatLinkValidAt("good", NOW)).thenReturn(true);
        when(account.getDisplayName()).thenReturn("کارشناس استان");
    }

    @Test
    void aValidLinkTiesThisChatToTheAccount() {
        assertThat(texts(chat.begin(StaffChatLinking.ID, "good"))).containsExactly(
                texts.get(Text.STAFF_CHAT_LINKED, "کارشناس استان"));
        verify(account).linkChat(Channel.SIMULATOR, CHAT);
        verify(staff).save(account);
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void anUnknownExpiredBlankOrDisabledLinkIsRefused() {
        assertThat(texts(chat.begin(StaffChatLinking.ID, "unknown"))).containsExactly(
                texts.get(Text.STAFF_CHAT_LINK_INVALID));
        assertThat(texts(chat.begin(StaffChatLinking.ID, ""))).containsExactly(
                texts.get(Text.STAFF_CHAT_LINK_INVALID));
        when(account.chatLinkValidAt("good", NOW)).thenReturn(false);
        assertThat(texts(chat.begin(StaffChatLinking.ID, "good"))).containsExactly(
                texts.get(Text.STAFF_CHAT_LINK_INVALID));
        when(account.chatLinkValidAt("good", NOW)).thenReturn(true);
        when(account.isEnabled()).thenReturn(false);
        assertThat(texts(chat.begin(StaffChatLinking.ID, "good"))).containsExactly(
                texts.get(Text.STAFF_CHAT_LINK_INVALID));
        verify(account, never()).linkChat(Channel.SIMULATOR, CHAT);
    }
}
