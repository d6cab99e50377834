package uk.joinedup.webui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/**
 * web-ui talks to case-service only over HTTP: it uses no Axon type and no case-service class. Pages
 * are reached through URLs only: controllers are package-private.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.joinedup.webui");

    @Test
    void dependsOnNoAxonAndNoCaseServiceClass() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.axonframework..", "uk.joinedup.caseservice..")
                .check(MAIN);
    }

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .notBePublic()
                .check(MAIN);
    }
}
