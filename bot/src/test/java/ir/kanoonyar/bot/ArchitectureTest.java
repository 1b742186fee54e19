package ir.kanoonyar.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The one rule of the design (docs/design.md), from the bot's side: it meets the back-office only in the database. */
class ArchitectureTest {

    private final JavaClasses bot = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ir.kanoonyar.bot");

    @Test
    void telegramTypesStayInsideTheChannelAdapters() {
        noClasses().that().resideOutsideOfPackage("ir.kanoonyar.bot.channel..")
                .should().dependOnClassesThat().resideInAPackage("org.telegram..")
                .check(bot);
    }

    @Test
    void theConversationCoreSeesOnlyItsOwnMessageTypes() {
        noClasses().that().resideInAnyPackage("ir.kanoonyar.bot.conversation..", "ir.kanoonyar.bot.forms..")
                .should().dependOnClassesThat().resideInAnyPackage("ir.kanoonyar.bot.channel..",
                        "com.fasterxml.jackson..")
                .check(bot);
    }

    @Test
    void theBotNeverUsesTheBackoffice() {
        noClasses().that().resideInAPackage("ir.kanoonyar.bot..")
                .should().dependOnClassesThat().resideInAPackage("ir.kanoonyar.backoffice..")
                .check(bot);
    }
}
