package ir.kanoonyar.bot.conversation;

import static ir.kanoonyar.bot.conversation.ConversationHarness.StubFlow.startedText;
import static ir.kanoonyar.bot.conversation.ConversationHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The engine's own part: dispatch by state table, hand-overs, the fallbacks, stale buttons, old rows. */
class ConversationEngineTest {

    private final Texts texts = new Texts();

    /** A two-state flow: A takes text to B; B takes a Confirm button back to the menu. */
    private static final class Steps implements Flow {

        int handled;

        @Override
        public String id() {
            return "STEPS";
        }

        @Override
        public StateTable table() {
            return StateTable.builder()
                    .start(StateTable.declared().to("A"))
                    .state("A",
                            Handler.text((t, x) -> {
                                handled++;
                                t.say("got " + x.text());
                                return x.text().equals("wrong") ? Next.to("NOWHERE") : Next.to("B");
                            }).to("B"),
                            Handler.otherwise(t -> {
                                t.say("text please");
                                return Next.stay();
                            }))
                    .state("B",
                            Handler.button(ButtonData.Confirm.class, (t, b) -> {
                                handled++;
                                t.say("done");
                                return Next.menu();
                            }).handsOverTo(MENU),
                            Handler.otherwise(t -> Next.stay()))
                    .back(Handler.otherwise(t -> {
                        t.say("back to A");
                        return Next.to("A");
                    }).to("A"))
                    .build();
        }

        @Override
        public Next start(Turn turn, Object argument) {
            turn.nextStamp();
            turn.say("start " + argument);
            return Next.to("A");
        }
    }

    private final Steps steps = new Steps();
    private final ConversationHarness chat = new ConversationHarness(steps);

    @Test
    void aHandlerMovesTheChatThroughTheDeclaredStates() {
        assertThat(texts(chat.begin("STEPS", "x"))).containsExactly("start x");
        assertThat(chat.flow()).isEqualTo("STEPS");
        assertThat(chat.step()).isEqualTo("A");

        assertThat(texts(chat.text("hello"))).containsExactly("got hello");
        assertThat(chat.step()).isEqualTo("B");

        assertThat(texts(chat.press(new ButtonData.Confirm()))).containsExactly("done", startedText(Flow.MENU));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
        assertThat(chat.state().step).isNull();
    }

    @Test
    void inputNoHandlerOfTheStateNamesGoesToItsLastRow() {
        chat.begin("STEPS", null);

        assertThat(texts(chat.send(new Incoming.LocationShared(1, 2)))).containsExactly("text please");
        assertThat(chat.step()).isEqualTo("A");
    }

    @Test
    void aStaleButtonGetsTheOldButtonTextAndReachesNoHandler() {
        chat.begin("STEPS", null);
        chat.text("hello");
        String old = ButtonCodec.encode(chat.state().stamp - 1, new ButtonData.Confirm());

        assertThat(texts(chat.pressData(old))).containsExactly(texts.get(Text.OLD_BUTTON));
        assertThat(texts(chat.pressData("garbage"))).containsExactly(texts.get(Text.OLD_BUTTON));
        assertThat(texts(chat.pressData(chat.state().stamp + "|confirm:forged"))).containsExactly(
                texts.get(Text.OLD_BUTTON));
        assertThat(steps.handled).isEqualTo(1);
        assertThat(chat.step()).isEqualTo("B");
    }

    @Test
    void aHandlerReturningAStateItDidNotDeclareIsABug() {
        chat.begin("STEPS", null);

        assertThatThrownBy(() -> chat.text("wrong")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NOWHERE");
    }

    @Test
    void cancelInAFlowSaysSoAndShowsTheMenu() {
        chat.begin("STEPS", null);

        assertThat(texts(chat.command("cancel"))).containsExactly(texts.get(Text.CANCELLED), startedText(Flow.MENU));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void cancelAtTheMenuOnlyShowsTheMenu() {
        assertThat(texts(chat.command("cancel"))).containsExactly(startedText(Flow.MENU));
    }

    @Test
    void menuLeavesAnyFlow() {
        chat.begin("STEPS", null);

        assertThat(texts(chat.command("menu"))).containsExactly(startedText(Flow.MENU));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void backIsTheFlowsOwnWhereItHasOne() {
        chat.begin("STEPS", null);
        chat.text("hello");

        assertThat(texts(chat.command("back"))).containsExactly("back to A");
        assertThat(chat.step()).isEqualTo("A");
    }

    @Test
    void backAtTheMenuHasNothingToGoBackTo() {
        assertThat(texts(chat.command("back"))).containsExactly(texts.get(Text.NOTHING_TO_GO_BACK_TO));
    }

    @Test
    void helpAndUnknownCommandsAnswerAnywhereWithoutLeavingTheFlow() {
        chat.begin("STEPS", null);

        assertThat(texts(chat.command("help"))).containsExactly(texts.get(Text.HELP));
        assertThat(texts(chat.command("frobnicate"))).containsExactly(texts.get(Text.UNKNOWN_COMMAND));
        assertThat(chat.step()).isEqualTo("A");
    }

    @Test
    void startHandsTheDeepLinkToTheMenu() {
        chat.begin("STEPS", null);

        chat.send(new Incoming.Command("start", "c_abc"));

        assertThat(chat.stub(Flow.MENU).starts()).containsExactly(new ConversationEngine.DeepLink("c_abc"));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void aRowInAFlowOrStateNoLongerDeclaredStartsOverAtTheMenu() {
        chat.session().moveTo("GONE", null, "{\"flow\":\"GONE\",\"step\":\"X\"}", ConversationHarness.NOW);

        assertThat(texts(chat.text("hi"))).containsExactly(startedText(Flow.MENU));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void rowsWrittenBeforeFlowsHadStatesResumeWhereTheyWere() {
        ConversationState form = ConversationEngine.read(
                "{\"flow\":\"FORM\",\"stamp\":4,\"form\":{\"type\":\"RESIGNATION\",\"fields\":[\"reason\"],"
                        + "\"index\":0,\"answers\":{},\"atSummary\":false}}");
        assertThat(form.flow).isEqualTo("FORM");
        assertThat(form.step).isEqualTo("FIELD");
        assertThat(form.stamp).isEqualTo(4);

        ConversationState summary = ConversationEngine.read(
                "{\"flow\":\"FORM\",\"form\":{\"type\":\"RESIGNATION\",\"atSummary\":true}}");
        assertThat(summary.step).isEqualTo("SUMMARY");

        ConversationState consent = ConversationEngine.read(
                "{\"flow\":\"CONSENT\",\"consent\":{\"token\":\"t\",\"step\":\"COMMENT\",\"sign\":true}}");
        assertThat(consent.flow).isEqualTo("CONSENT");
        assertThat(consent.step).isEqualTo("COMMENT");

        ConversationState withdraw = ConversationEngine.read("{\"flow\":\"WITHDRAW\",\"stamp\":2,\"requestId\":9}");
        assertThat(withdraw.flow).isEqualTo("MY_REQUESTS");
        assertThat(withdraw.step).isEqualTo("CONFIRM_WITHDRAW");
        assertThat(withdraw.requestId).isEqualTo(9L);

        ConversationState idle = ConversationEngine.read("{\"flow\":null,\"stamp\":1}");
        assertThat(idle.flow).isNull();
        assertThat(idle.step).isNull();
    }

    @Test
    void theSessionRowKeepsTheFlowIdAndTheMenuAsNull() {
        chat.begin("STEPS", null);
        assertThat(chat.session().getFlow()).isEqualTo("STEPS");

        chat.command("menu");
        assertThat(chat.session().getFlow()).isNull();
    }

    @Test
    void theRegistryRefusesTwoFlowsWithOneIdAndAWorldWithoutMenu() {
        assertThatThrownBy(() -> new FlowRegistry(List.of(new ConversationHarness.StubFlow(Flow.MENU),
                new ConversationHarness.StubFlow(Flow.MENU)))).hasMessageContaining("Two flows");
        assertThatThrownBy(() -> new FlowRegistry(List.of(steps))).hasMessageContaining(Flow.MENU);
    }

    @Test
    void theStubMenuRecordsAPlainStartAsEmpty() {
        chat.command("menu");
        assertThat(chat.stub(Flow.MENU).starts()).containsExactly(Optional.empty());
    }
}
