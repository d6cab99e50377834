package uk.joinedup.caseservice.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.joinedup.caseservice.agreement.api.SharingAgreementEvent;
import uk.joinedup.caseservice.consent.api.ConsentEvent;
import uk.joinedup.caseservice.emergency.api.EmergencyOverrideEvent;
import uk.joinedup.caseservice.family.api.FamilyEvent;
import uk.joinedup.caseservice.identification.api.IdentificationEvent;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimEvent;
import uk.joinedup.caseservice.person.api.PersonEvent;
import uk.joinedup.caseservice.retention.erasure.api.ErasureEvent;
import uk.joinedup.caseservice.subjectaccess.api.SubjectAccessRequestEvent;

/** case-service keeps the house rules that code review would otherwise have to catch. */
class ArchitectureTest {

    private static final String BASE = "uk.joinedup.caseservice";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    static Stream<Arguments> rules() {
        Map<String, ArchRule> rules = ArchitectureRules.over(
                BASE,
                PersonEvent.class,
                FamilyEvent.class,
                ConsentEvent.class,
                SharingAgreementEvent.class,
                EmergencyOverrideEvent.class,
                ClaimEvent.class,
                IdentificationEvent.class,
                SubjectAccessRequestEvent.class,
                ErasureEvent.class);
        return rules.entrySet().stream().map(rule -> Arguments.of(rule.getKey(), rule.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void caseServiceKeepsTheRule(String name, ArchRule rule) {
        rule.check(MAIN);
    }
}
