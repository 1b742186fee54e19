package ir.kanoonyar.bot.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.ConversationHarness;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.files.FileIntake;
import ir.kanoonyar.db.form.FieldDefinition;
import ir.kanoonyar.db.form.FieldValidator;
import ir.kanoonyar.db.form.FormDefinition;
import ir.kanoonyar.db.form.FormMessages;
import ir.kanoonyar.db.form.Forms;
import ir.kanoonyar.db.form.RegionLookup;
import ir.kanoonyar.db.request.RequestType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mosque chosen by search: typed part of its name, then a button among the matches. */
class MosqueSearchTest {

    private final FormCompletion completion = mock(FormCompletion.class);
    private ConversationHarness chat;

    @BeforeEach
    void aFormWithOneMosqueField() {
        Forms forms = mock(Forms.class);
        when(forms.of(RequestType.SERVICE_REQUEST)).thenReturn(
                new FormDefinition(RequestType.SERVICE_REQUEST, List.of(FieldDefinition.mosque("mosque"))));
        FormMessages messages = mock(FormMessages.class);
        when(messages.question(any())).thenReturn("مسجد کدام است؟");
        when(messages.reason(any())).thenAnswer(call -> "reason");
        FormRunner runner = new FormRunner(forms, new FieldValidator(mock(RegionLookup.class)), messages, new Texts(),
                completion, mock(FileIntake.class), new RegionButtons(mock(RegionLookup.class), new Texts()));
        Map<Long, String> found = new LinkedHashMap<>();
        found.put(41L, "مسجد جامع اراک");
        found.put(42L, "مسجد جامع نو");
        when(completion.mosquesMatching(any(), any(), eq("جامع"))).thenReturn(found);
        when(completion.mosquesMatching(any(), any(), eq("ناموجود"))).thenReturn(Map.of());
        when(completion.summaryNotes(any(), any())).thenReturn(List.of());
        chat = new ConversationHarness(runner);
        chat.begin(FormRunner.ID, FormStart.of(RequestType.SERVICE_REQUEST));
    }

    @Test
    void typedTextOffersTheMatchingMosquesAsButtonsAndAPickIsKept() {
        List<Reply> search = chat.text("جامع");
        Reply offer = search.get(search.size() - 1);
        assertThat(offer.keyboard().rows()).extracting(row -> row.get(0).text())
                .containsExactly("مسجد جامع اراک", "مسجد جامع نو");

        chat.pressData(offer.keyboard().rows().get(1).get(0).data());
        assertThat(chat.state().form.answers).containsEntry("mosque", "42");
        assertThat(chat.state().form.atSummary).isTrue();
    }

    @Test
    void aMosqueNotOfferedCannotBePicked() {
        chat.text("جامع");
        chat.press(new ButtonData.Pick("999"));
        assertThat(chat.state().form.answers).doesNotContainKey("mosque");
        assertThat(chat.state().form.atSummary).isFalse();
    }

    @Test
    void noMatchSaysSoAndAsksAgain() {
        List<Reply> search = chat.text("ناموجود");
        assertThat(search.get(0).text()).contains("پیدا نشد");
        assertThat(chat.state().form.currentField()).isEqualTo("mosque");
    }
}
