package ir.kanoonyar.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The conversation core and the flows built on it: the engine and the flow contract live in
 * {@code conversation}, the concrete flows in {@code flows} and {@code forms} depend on it, never the
 * reverse, and flows reach each other by id through the registry rather than by import where a
 * cycle would follow.
 */
class BotConversationCyclesTest {

    private static final String[] CONVERSATION_PACKAGES = {"ir.kanoonyar.bot.conversation..",
            "ir.kanoonyar.bot.flows..", "ir.kanoonyar.bot.forms.."};

    private final JavaClasses bot = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CONVERSATION_PACKAGES);

    @Test
    void theConversationPackagesAreFreeOfCycles() {
        slices().matching("ir.kanoonyar.bot.(*)..").should().beFreeOfCycles().check(bot);
    }

    @Test
    void theEngineKnowsNoConcreteFlow() {
        noClasses().that().resideInAPackage("ir.kanoonyar.bot.conversation..")
                .should().dependOnClassesThat().resideInAnyPackage("ir.kanoonyar.bot.flows..",
                        "ir.kanoonyar.bot.forms..")
                .check(bot);
    }

    @Test
    void theFormRunnerKnowsNoFlowThatUsesIt() {
        noClasses().that().resideInAPackage("ir.kanoonyar.bot.forms..")
                .should().dependOnClassesThat().resideInAPackage("ir.kanoonyar.bot.flows..")
                .check(bot);
    }
}
