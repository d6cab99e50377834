package uk.joinedup.webui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** web-ui talks to case-service only over HTTP: it uses no Axon type and no case-service class. */
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
}
