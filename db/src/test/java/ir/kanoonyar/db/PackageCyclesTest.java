package ir.kanoonyar.db;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The feature packages of the domain (kanoon, request, form, guideline, …) depend on each other in one
 * direction only, so each can be read, tested and changed from the bottom up. A value type shared by two
 * packages lives in the lower one; what joins several (as {@code approval} joins request and kanoon) lives
 * above them.
 */
@AnalyzeClasses(packages = "ir.kanoonyar.db", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("ir.kanoonyar.db.(*)..")
            .should().beFreeOfCycles();
}
