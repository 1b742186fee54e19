package ir.kanoonyar.backoffice;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The back-office's feature packages (requests, licences, training, jobs, security, …) depend on each other
 * in one direction only: the jobs on what they run, every page on security, never back.
 */
@AnalyzeClasses(packages = "ir.kanoonyar.backoffice", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("ir.kanoonyar.backoffice.(*)..")
            .should().beFreeOfCycles();
}
