package uk.joinedup.caseservice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/** The house rules that code review would otherwise have to catch. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.joinedup.caseservice");

    @Test
    void aggregatesKnowNoSpringAndReadNoClock() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..")
                .orShould()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(UUID.class, "randomUUID")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(Clock.class)
                .check(MAIN);
    }

    @Test
    void eventsAreRevisionedRecords() {
        classes()
                .that()
                .implement(uk.joinedup.caseservice.person.api.PersonEvent.class)
                .or()
                .implement(uk.joinedup.caseservice.family.api.FamilyEvent.class)
                .should()
                .beRecords()
                .andShould()
                .beAnnotatedWith(Revision.class)
                .check(MAIN);
    }

    @Test
    void eventsAreNamedAsPastFacts() {
        noClasses()
                .that()
                .implement(uk.joinedup.caseservice.person.api.PersonEvent.class)
                .or()
                .implement(uk.joinedup.caseservice.family.api.FamilyEvent.class)
                .should()
                .haveSimpleNameEndingWith("Event")
                .orShould()
                .haveSimpleNameEndingWith("Updated")
                .orShould()
                .haveSimpleNameEndingWith("Changed")
                .check(MAIN);
    }

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .check(MAIN);
    }

    @Test
    void theSharingPolicyIsPure() {
        noClasses()
                .that()
                .resideInAPackage("..consent.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.axonframework..", "com.mongodb..", "org.bson..")
                .check(MAIN);
    }

    @Test
    void onlyTheCaseFileQueriesDiscloseChronologies() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..casefile..", "..consent..")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("Disclosure")
                .check(MAIN);
    }

    @Test
    void aggregatesAreReachedOnlyThroughCommands() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..person.domain..", "..family.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..person.domain..", "..family.domain..")
                .check(MAIN);
    }
}
