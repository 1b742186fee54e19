package ir.kanoonyar.backoffice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The one rule of the design (docs/design.md), from the back-office's side: it reaches people only through the outbox. */
class ArchitectureTest {

    private final JavaClasses backoffice = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ir.kanoonyar.backoffice");

    @Test
    void theBackofficeNeverUsesTheBot() {
        noClasses().that().resideInAPackage("ir.kanoonyar.backoffice..")
                .should().dependOnClassesThat().resideInAPackage("ir.kanoonyar.bot..")
                .check(backoffice);
    }

    @Test
    void theBackofficeNeverTalksToAMessengerItself() {
        noClasses().that().resideInAPackage("ir.kanoonyar.backoffice..")
                .should().dependOnClassesThat().resideInAPackage("org.telegram..")
                .check(backoffice);
    }
}
