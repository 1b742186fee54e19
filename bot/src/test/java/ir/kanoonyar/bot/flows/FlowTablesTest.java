package ir.kanoonyar.bot.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import ir.kanoonyar.bot.conversation.ConversationEngine;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.FlowRegistry;
import ir.kanoonyar.bot.conversation.Handler;
import ir.kanoonyar.bot.conversation.StateTable;
import ir.kanoonyar.bot.forms.FormRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The state tables of every flow the bot has, read as data: each state answers something, every
 * input has a last resort, and every state or flow a handler may lead to exists.
 */
class FlowTablesTest {

    private static final FlowRegistry REGISTRY = new FlowRegistry(List.of(
            Mocked.build(MainMenu.class), Mocked.build(FormRunner.class), Mocked.build(ConsentFlow.class),
            Mocked.build(MyRequestsFlow.class), Mocked.build(TrainingFlow.class),
            Mocked.build(StaffChatLinking.class), Mocked.build(ActivityReportFlow.class)));

    static Stream<Flow> flows() {
        return REGISTRY.all().stream();
    }

    @ParameterizedTest
    @MethodSource("flows")
    void everyStateHasHandlersAndEndsWithOneThatTakesAnything(Flow flow) {
        flow.table().states().forEach((state, handlers) -> {
            assertThat(handlers).as(flow.id() + "." + state).isNotEmpty();
            assertThat(handlers.get(handlers.size() - 1).accepts()).as(flow.id() + "." + state + " last row")
                    .isEqualTo("anything");
        });
    }

    @ParameterizedTest
    @MethodSource("flows")
    void everyDeclaredNextStateExistsInTheFlow(Flow flow) {
        StateTable table = flow.table();
        for (Handler handler : everyHandler(table)) {
            assertThat(table.states().keySet()).as(flow.id() + " " + handler).containsAll(handler.states());
        }
    }

    @ParameterizedTest
    @MethodSource("flows")
    void everyFlowHandedOverToIsRegistered(Flow flow) {
        for (Handler handler : everyHandler(flow.table())) {
            for (String target : handler.flows()) {
                assertThat(REGISTRY.has(target)).as(flow.id() + " " + handler + " hands over to " + target).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("flows")
    void everyStateIsReachable(Flow flow) {
        StateTable table = flow.table();
        Set<String> reached = new HashSet<>();
        everyHandler(table).forEach(h -> reached.addAll(h.states()));
        if (flow.id().equals(Flow.MENU)) {
            reached.add(ConversationEngine.MENU_STATE);
        }
        assertThat(reached).as(flow.id()).containsAll(table.states().keySet());
    }

    @Test
    void theCommandsThatWorkAnywhereAreTheEnginesFallbacks() {
        assertThat(ConversationEngine.FALLBACKS).containsExactlyInAnyOrder("start", "menu", "cancel", "back", "help");
    }

    @Test
    void theFlowsAndTheirStatesAreTheseAndOnlyThese() {
        Map<String, Set<String>> states = new java.util.TreeMap<>();
        flows().forEach(f -> states.put(f.id(), f.table().states().keySet()));

        assertThat(states).containsExactlyInAnyOrderEntriesOf(Map.of(
                Flow.MENU, Set.of("MENU"),
                "FORM", Set.of("FIELD", "SUMMARY"),
                "CONSENT", Set.of("CONTACT", "DECIDE", "COMMENT"),
                "MY_REQUESTS", Set.of("CONFIRM_WITHDRAW"),
                "TRAINING", Set.of("QUIZ"),
                "STAFF_LINK", Set.of(),
                "ACTIVITY", Set.of("CORRIDOR", "TITLE", "DATE", "AUDIENCE", "PARTICIPANTS", "PHOTOS", "DESCRIPTION",
                        "SUMMARY", "CONFIRM_WITHDRAW")));
    }

    @Test
    void onlyTheFormHasABackOfItsOwnAndItLeadsToItsStates() {
        flows().forEach(f -> assertThat(f.table().back().isPresent()).as(f.id())
                .isEqualTo(f.id().equals(FormRunner.ID)));
        assertThat(REGISTRY.get(FormRunner.ID).table().back().orElseThrow().states())
                .containsExactlyInAnyOrder(FormRunner.FIELD, FormRunner.SUMMARY);
    }

    @Test
    void theFormKeepsTheIdTheBackOfficesRemindersLookFor() {
        // UnfinishedFormReminders selects conversation_session rows WHERE flow = 'FORM'.
        assertThat(FormRunner.ID).isEqualTo("FORM");
    }

    private static List<Handler> everyHandler(StateTable table) {
        List<Handler> all = new ArrayList<>();
        all.add(table.start());
        table.states().values().forEach(all::addAll);
        table.back().ifPresent(all::add);
        return all;
    }
}
