package ir.kanoonyar.bot.flows;

import static ir.kanoonyar.bot.conversation.ConversationHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.ConversationHarness;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.db.knowledge.KnowledgeSearch;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.ticket.TicketButtons;
import ir.kanoonyar.db.ticket.TicketCategory;
import ir.kanoonyar.db.ticket.TicketDesk;
import ir.kanoonyar.db.ticket.TicketRefusal;
import ir.kanoonyar.db.ticket.TicketRefused;
import ir.kanoonyar.db.ticket.TicketRouting;
import ir.kanoonyar.db.ticket.TicketSettings;
import org.junit.jupiter.api.Test;

/**
 * The ticket flow's refusals without a database: another person's or a forged ticket id (a button, a
 * typed notice button) is «پیدا نشد» and nothing is written; a photo or an empty text where the question
 * is expected gets a Persian answer and the chat keeps waiting for the question.
 */
class TicketFlowTest {

    private static final long ME = 1;
    private static final long NOT_MINE = 77;

    private final Texts texts = new Texts();
    private final PersonRepository persons = mock(PersonRepository.class);
    private final TicketDesk desk = mock(TicketDesk.class);
    private final TicketRouting routing = mock(TicketRouting.class);
    private final KnowledgeSearch search = mock(KnowledgeSearch.class);
    private final ConversationHarness chat = new ConversationHarness(ConversationHarness.with(
            Mocked.build(TicketFlow.class, texts, persons, desk, routing, search, new TicketSettings(7, 48)),
            Flow.MENU)).as(ME);

    {
        Person person = mock(Person.class);
        when(person.getId()).thenReturn(ME);
        when(person.isRegistered()).thenReturn(true);
        when(persons.findById(ME)).thenReturn(Optional.of(person));
        when(routing.regionOf(person)).thenReturn(Optional.of(new TicketRouting.Region(1L, 2L)));
        TicketRefused notFound = new TicketRefused(TicketRefusal.NOT_FOUND);
        when(desk.own(ME, NOT_MINE)).thenThrow(notFound);
        when(desk.reopen(ME, NOT_MINE)).thenThrow(notFound);
        when(desk.rate(eq(ME), eq(NOT_MINE), anyInt())).thenThrow(notFound);
        when(desk.thread(ME, NOT_MINE)).thenThrow(notFound);
    }

    @Test
    void anotherPersonsTicketIsNotFoundWhateverTheButton() {
        String notFound = texts.get(Text.TICKET_NOT_FOUND);
        for (ButtonData button : List.of(new ButtonData.TicketShow(NOT_MINE), new ButtonData.TicketReplyTo(NOT_MINE),
                new ButtonData.TicketStars(NOT_MINE, 5), new ButtonData.TicketReopen(NOT_MINE))) {
            assertThat(texts(chat.begin(TicketFlow.ID, button))).as(button.toString()).contains(notFound);
        }
        for (TicketButtons.Action action : TicketButtons.Action.values()) {
            assertThat(texts(chat.begin(TicketFlow.ID, TicketButtons.read(TicketButtons.text(action, NOT_MINE))
                    .orElseThrow()))).as(action.name()).contains(notFound);
        }
        verify(desk, never()).write(anyLong(), anyLong(), any(), anyString(), any());
    }

    @Test
    void thePersonsQuestionMustBeText() {
        chat.begin(TicketFlow.ID, TicketFlow.Start.NEW);
        chat.press(new ButtonData.TicketPick(TicketCategory.OTHER));
        assertThat(chat.step()).isEqualTo("QUESTION");

        List<Reply> photo = chat.send(new Incoming.FileShared(Incoming.FileKind.PHOTO, "f", null, "image/jpeg", 10L));
        assertThat(texts(photo)).containsExactly(texts.get(Text.TICKET_TEXT_PLEASE));
        assertThat(texts(chat.text(" \u200c "))).containsExactly(texts.get(Text.TICKET_EMPTY));
        assertThat(texts(chat.text("ب".repeat(4001)))).containsExactly(texts.get(Text.TICKET_TOO_LONG, 4000, 4001));
        assertThat(chat.step()).isEqualTo("QUESTION");
        verify(desk, never()).open(any(), any(), any());
    }
}
