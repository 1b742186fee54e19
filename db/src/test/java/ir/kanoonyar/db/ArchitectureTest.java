package ir.kanoonyar.db;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The one rule of the design (docs/design.md), from the shared library's side: db imports neither app. */
class ArchitectureTest {

    private final JavaClasses db = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ir.kanoonyar.db", "db.migration");

    @Test
    void theDomainImportsNeitherApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("ir.kanoonyar.bot..", "ir.kanoonyar.backoffice..")
                .check(db);
    }

    @Test
    void theDomainKnowsNoMessengerNorWebFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.telegram..", "org.springframework.web..",
                        "jakarta.servlet..")
                .check(db);
    }
}
