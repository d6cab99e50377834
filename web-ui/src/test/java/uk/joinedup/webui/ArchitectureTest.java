package uk.joinedup.webui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/**
 * Pages are reached through URLs only: controllers are package-private. (That web-ui uses no Axon type
 * and no case-service class is the Maven enforcer's rule: such a dependency cannot even be declared.)
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.joinedup.webui");

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
