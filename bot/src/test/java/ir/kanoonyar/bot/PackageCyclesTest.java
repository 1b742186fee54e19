package ir.kanoonyar.bot;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The bot's packages depend on each other in one direction only: the messenger side (channel, simulator)
 * on the outbox and the conversation, the flows on the conversation core, never back. An interface that
 * a lower package calls through (as {@code outbox.ChatSender}) is declared by that package and implemented
 * above it.
 */
@AnalyzeClasses(packages = "ir.kanoonyar.bot", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("ir.kanoonyar.bot.(*)..")
            .should().beFreeOfCycles();
}
