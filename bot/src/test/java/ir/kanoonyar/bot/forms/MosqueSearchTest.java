package ir.kanoonyar.bot.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.kanoonyar.bot.conversation.Callback;
import ir.kanoonyar.bot.conversation.ConversationState;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.files.FileIntake;
import ir.kanoonyar.db.conversation.ConversationSession;
import ir.kanoonyar.db.form.FieldDefinition;
import ir.kanoonyar.db.form.FieldValidator;
import ir.kanoonyar.db.form.FormDefinition;
import ir.kanoonyar.db.form.FormMessages;
import ir.kanoonyar.db.form.Forms;
import ir.kanoonyar.db.form.RegionLookup;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.request.RequestType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mosque chosen by search: typed part of its name, then a button among the matches. */
class MosqueSearchTest {

    private final FormCompletion completion = mock(FormCompletion.class);
    private FormRunner runner;
    private ConversationState state;
    private final ConversationSession session = new ConversationSession(Channel.SIMULATOR, 7, java.time.Instant.now());

    @BeforeEach
    void aFormWithOneMosqueField() {
        Forms forms = mock(Forms.class);
        when(forms.of(RequestType.SERVICE_REQUEST)).thenReturn(
                new FormDefinition(RequestType.SERVICE_REQUEST, List.of(FieldDefinition.mosque("mosque"))));
        FormMessages messages = mock(FormMessages.class);
        when(messages.question(any())).thenReturn("مسجد کدام است؟");
        when(messages.reason(any())).thenAnswer(call -> "reason");
        runner = new FormRunner(forms, new FieldValidator(mock(RegionLookup.class)), messages, new Texts(), completion,
                mock(FileIntake.class));
        Map<Long, String> found = new LinkedHashMap<>();
        found.put(41L, "مسجد جامع اراک");
        found.put(42L, "مسجد جامع نو");
        when(completion.mosquesMatching(any(), any(), eq("جامع"))).thenReturn(found);
        when(completion.mosquesMatching(any(), any(), eq("ناموجود"))).thenReturn(Map.of());
        when(completion.summaryNotes(any(), any())).thenReturn(List.of());
        state = new ConversationState();
        runner.start(turn(new Incoming.Text("شروع")), RequestType.SERVICE_REQUEST);
    }

    @Test
    void typedTextOffersTheMatchingMosquesAsButtonsAndAPickIsKept() {
        Turn search = turn(new Incoming.Text("جامع"));
        runner.onInput(search);
        Reply offer = search.replies().get(search.replies().size() - 1);
        assertThat(offer.keyboard().rows()).extracting(row -> row.get(0).text())
                .containsExactly("مسجد جامع اراک", "مسجد جامع نو");

        runner.onInput(turn(new Incoming.ButtonPressed("cb", offer.keyboard().rows().get(1).get(0).data(), 3)));
        assertThat(state.form.answers).containsEntry("mosque", "42");
        assertThat(state.form.atSummary).isTrue();
    }

    @Test
    void aMosqueNotOfferedCannotBePicked() {
        runner.onInput(turn(new Incoming.Text("جامع")));
        Turn forged = turn(new Incoming.ButtonPressed("cb", Callback.data(state.stamp, "pick:999"), 3));
        runner.onInput(forged);
        assertThat(state.form.answers).doesNotContainKey("mosque");
        assertThat(state.form.atSummary).isFalse();
    }

    @Test
    void noMatchSaysSoAndAsksAgain() {
        Turn search = turn(new Incoming.Text("ناموجود"));
        runner.onInput(search);
        assertThat(search.replies().get(0).text()).contains("پیدا نشد");
        assertThat(state.form.currentField()).isEqualTo("mosque");
    }

    private Turn turn(Incoming.Content content) {
        return new Turn(new Incoming(Channel.SIMULATOR, 7, 7, "تست", content), session, state, new ArrayList<>());
    }

}
