package uk.joinedup.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** How identity-service's packages may depend on each other. */
@AnalyzeClasses(packages = "uk.joinedup.identity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Features depend on each other one way only. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("uk.joinedup.identity.(*)..").should().beFreeOfCycles();

    /** What every page shares knows no feature. */
    @ArchTest
    static final ArchRule infrastructureKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage("uk.joinedup.identity.infrastructure..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "uk.joinedup.identity.account..",
                    "uk.joinedup.identity.admin..",
                    "uk.joinedup.identity.audit..",
                    "uk.joinedup.identity.authorization..",
                    "uk.joinedup.identity.demo..",
                    "uk.joinedup.identity.directory..",
                    "uk.joinedup.identity.invitation..",
                    "uk.joinedup.identity.login..",
                    "uk.joinedup.identity.mfa..",
                    "uk.joinedup.identity.password..",
                    "uk.joinedup.identity.session..");

    /** Only the administration pages, and the user's own pages, sit on top of the rest. */
    @ArchTest
    static final ArchRule nothingDependsOnThePages = noClasses()
            .that()
            .resideOutsideOfPackages("uk.joinedup.identity.admin..", "uk.joinedup.identity.account..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("uk.joinedup.identity.admin..", "uk.joinedup.identity.account..");
}
