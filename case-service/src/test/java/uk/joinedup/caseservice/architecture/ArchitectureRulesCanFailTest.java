package uk.joinedup.caseservice.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.joinedup.rulebreaker.person.api.RuleBreakerEvent;

/**
 * A rule that cannot fail protects nothing. {@code uk.joinedup.rulebreaker} (test sources, outside the
 * application's packages so that nothing scans it) is a tiny application laid out like case-service that
 * breaks every house rule once: each rule must find a violation there, with empty rules not counting as
 * failures.
 */
class ArchitectureRulesCanFailTest {

    private static final String BASE = "uk.joinedup.rulebreaker";

    private static final JavaClasses RULE_BREAKER = new ClassFileImporter().importPackages(BASE);

    static Stream<Arguments> rules() {
        return ArchitectureRules.over(BASE, RuleBreakerEvent.class).entrySet().stream()
                .map(rule -> Arguments.of(rule.getKey(), rule.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theRuleFindsItsViolation(String name, ArchRule rule) {
        EvaluationResult result = rule.allowEmptyShould(true).evaluate(RULE_BREAKER);

        assertThat(result.hasViolation()).as("violations of '%s' found", name).isTrue();
    }
}
