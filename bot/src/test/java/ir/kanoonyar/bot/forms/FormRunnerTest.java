package ir.kanoonyar.bot.forms;

import static ir.kanoonyar.bot.conversation.ConversationHarness.StubFlow.startedText;
import static ir.kanoonyar.bot.conversation.ConversationHarness.labels;
import static ir.kanoonyar.bot.conversation.ConversationHarness.last;
import static ir.kanoonyar.bot.conversation.ConversationHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.ConversationHarness;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Next;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.files.FileIntake;
import ir.kanoonyar.db.form.FieldValidator;
import ir.kanoonyar.db.form.FormMessages;
import ir.kanoonyar.db.form.Forms;
import ir.kanoonyar.db.form.RegionLookup;
import ir.kanoonyar.db.request.RequestType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The form flow with the real service-request form (kanoon, kind of service, description, an
 * optional document), its real Persian questions and validator; what a confirmed form becomes is a mock.
 */
class FormRunnerTest {

    private static final String KANOON = "کانون نور";

    private final Texts texts = new Texts();
    private final FormMessages messages = new FormMessages();
    private final FormCompletion completion = mock(FormCompletion.class);
    private ConversationHarness chat;

    @BeforeEach
    void aManagerWithOneKanoon() {
        FormRunner runner = new FormRunner(new Forms(), new FieldValidator(mock(RegionLookup.class)), messages, texts,
                completion, mock(FileIntake.class), new RegionButtons(mock(RegionLookup.class), texts));
        when(completion.kanoonsOf(any())).thenReturn(Map.of(5L, KANOON));
        when(completion.summaryNotes(any(), any())).thenReturn(List.of());
        chat = new ConversationHarness(runner).as(1L);
    }

    private List<Reply> start() {
        return chat.begin(FormRunner.ID, FormStart.of(RequestType.SERVICE_REQUEST));
    }

    @Test
    void theFirstFieldIsAskedWithItsProgressAndTheKanoonsAsButtons() {
        Reply question = last(start());

        assertThat(question.text()).startsWith(texts.get(Text.FORM_PROGRESS, 1, 4));
        assertThat(labels(question)).containsExactly(KANOON);
        assertThat(chat.flow()).isEqualTo(FormRunner.ID);
        assertThat(chat.step()).isEqualTo(FormRunner.FIELD);
        assertThat(chat.session().getStep()).isEqualTo("kanoon");
    }

    @Test
    void aManagerWithoutAKanoonIsToldSoAndSentBackToTheMenu() {
        when(completion.kanoonsOf(any())).thenReturn(Map.of());

        assertThat(texts(start())).containsExactly(texts.get(Text.NO_KANOON), startedText(Flow.MENU));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void aKanoonThatWasNotOfferedIsRefusedAndTheSameQuestionAskedAgain() {
        start();
        int stamp = chat.state().stamp;

        List<Reply> replies = chat.press(new ButtonData.Pick("99"));

        assertThat(replies).hasSize(2);
        assertThat(last(replies).text()).contains(messages.question(new Forms().of(RequestType.SERVICE_REQUEST)
                .field("kanoon")));
        assertThat(chat.state().form.answers).isEmpty();
        assertThat(chat.state().stamp).as("asked again: its buttons keep working").isEqualTo(stamp);
    }

    @Test
    void answersLeadFieldByFieldToTheSummary() {
        Reply kanoon = last(start());
        Reply kind = last(chat.press(kanoon, KANOON));
        assertThat(kind.text()).startsWith(texts.get(Text.FORM_PROGRESS, 2, 4));

        Reply description = last(chat.pressData(kind.keyboard().rows().get(0).get(0).data()));
        assertThat(description.text()).startsWith(texts.get(Text.FORM_PROGRESS, 3, 4));

        Reply document = last(chat.text("برای مراسم جشن نیمه شعبان"));
        assertThat(labels(document)).containsExactly(texts.get(Text.FORM_SKIP));

        Reply summary = last(chat.press(document, texts.get(Text.FORM_SKIP)));
        assertThat(summary.text()).startsWith(texts.get(Text.SUMMARY_TITLE)).contains(messages.label("kanoon"))
                .contains("برای مراسم جشن نیمه شعبان");
        assertThat(labels(summary)).contains(texts.get(Text.SUMMARY_CONFIRM), texts.get(Text.SUMMARY_CANCEL));
        assertThat(chat.step()).isEqualTo(FormRunner.SUMMARY);
        assertThat(chat.state().form.answers).containsEntry("kanoon", "5").containsKey("service_kind")
                .doesNotContainKey("document");
    }

    @Test
    void backAsksThePreviousFieldAndAtTheFirstSaysThereIsNone() {
        Reply kanoon = last(start());
        chat.press(kanoon, KANOON);

        assertThat(last(chat.command("back")).text()).startsWith(texts.get(Text.FORM_PROGRESS, 1, 4));
        assertThat(texts(chat.command("back")).get(0)).isEqualTo(texts.get(Text.NOTHING_TO_GO_BACK_TO));
        assertThat(chat.step()).isEqualTo(FormRunner.FIELD);
    }

    private Reply toSummary() {
        Reply kind = last(chat.press(last(start()), KANOON));
        chat.pressData(kind.keyboard().rows().get(0).get(0).data());
        chat.text("شرح");
        return last(chat.press(new ButtonData.Skip()));
    }

    @Test
    void anAnswerChangedFromTheSummaryLeadsBackToTheSummary() {
        Reply summary = toSummary();
        String edit = texts.get(Text.SUMMARY_EDIT, messages.label("description"));

        Reply question = last(chat.press(summary, edit));
        assertThat(question.text()).doesNotStartWith(texts.get(Text.FORM_PROGRESS, 3, 4));
        assertThat(chat.step()).isEqualTo(FormRunner.FIELD);

        Reply again = last(chat.text("شرح تازه"));
        assertThat(again.text()).startsWith(texts.get(Text.SUMMARY_TITLE)).contains("شرح تازه");
        assertThat(chat.step()).isEqualTo(FormRunner.SUMMARY);
    }

    @Test
    void confirmingHandsTheFormToItsCompletionWhichDecidesWhatFollows() {
        Reply summary = toSummary();
        when(completion.confirmed(any(), any())).thenAnswer(call -> {
            ir.kanoonyar.bot.conversation.Turn turn = call.getArgument(0);
            turn.say("filed");
            return Next.menu();
        });

        assertThat(texts(chat.press(summary, texts.get(Text.SUMMARY_CONFIRM))))
                .containsExactly("filed", startedText(Flow.MENU));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void aCompletionThatRefusesKeepsTheSummary() {
        Reply summary = toSummary();
        when(completion.confirmed(any(), any())).thenReturn(Next.to(FormRunner.SUMMARY));

        chat.press(summary, texts.get(Text.SUMMARY_CONFIRM));

        assertThat(chat.flow()).isEqualTo(FormRunner.ID);
        assertThat(chat.step()).isEqualTo(FormRunner.SUMMARY);
    }

    @Test
    void cancellingFromTheSummarySaysSoAndShowsTheMenuWithoutFiling() {
        Reply summary = toSummary();

        assertThat(texts(chat.press(summary, texts.get(Text.SUMMARY_CANCEL))))
                .containsExactly(texts.get(Text.CANCELLED), startedText(Flow.MENU));
        verify(completion, never()).confirmed(any(), any());
        assertThat(chat.state().form).isNull();
    }

    @Test
    void typingAtTheSummaryPointsToItsButtons() {
        toSummary();

        List<Reply> replies = chat.text("تایید");

        assertThat(replies.get(0).text()).isEqualTo(texts.get(Text.FORM_PICK_FROM_BUTTONS));
        assertThat(last(replies).text()).startsWith(texts.get(Text.SUMMARY_TITLE));
        assertThat(chat.step()).isEqualTo(FormRunner.SUMMARY);
    }

    @Test
    void aStickerIsNotAnAnswer() {
        start();

        List<Reply> replies = chat.send(new Incoming.Unsupported("sticker"));

        assertThat(replies.get(0).text()).isEqualTo(texts.get(Text.UNSUPPORTED_CONTENT));
        assertThat(chat.state().form.index).isZero();
    }

    @Test
    void aTickOnAFieldThatIsNotMultiChoicePointsToTheButtons() {
        start();

        assertThat(chat.press(new ButtonData.Tick("x")).get(0).text())
                .isEqualTo(texts.get(Text.FORM_PICK_FROM_BUTTONS));
    }

    @Test
    void fixingAReturnedRequestAsksOnlyTheNamedFieldsTheFormHas() {
        Reply question = last(chat.begin(FormRunner.ID, FormStart.fix(RequestType.SERVICE_REQUEST, 9,
                List.of("description", "no_such_field"), Map.of("kanoon", "5", "description", "قدیمی"))));

        assertThat(question.text()).startsWith(texts.get(Text.FORM_PROGRESS, 1, 1));
        Reply summary = last(chat.text("تازه"));
        assertThat(summary.text()).startsWith(texts.get(Text.SUMMARY_TITLE)).contains("تازه").doesNotContain("قدیمی");
        assertThat(chat.state().form.requestId).isEqualTo(9L);
    }
}
