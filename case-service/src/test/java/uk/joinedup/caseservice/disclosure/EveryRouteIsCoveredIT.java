package uk.joinedup.caseservice.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.joinedup.caseservice.ApiIntegrationTest;

/**
 * Every GET route of the API has a disclosure test ({@link Discloses}): read from the application's own
 * route table, so a new endpoint without one fails here.
 */
class EveryRouteIsCoveredIT extends ApiIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping routes;

    @Test
    void everyGetRouteHasADisclosureTest() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo route : routes.getHandlerMethods().keySet()) {
            boolean get = route.getMethodsCondition().getMethods().isEmpty()
                    || route.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            route.getPatternValues().stream()
                    .filter(pattern -> pattern.startsWith("/api/"))
                    .filter(pattern -> get)
                    .forEach(mapped::add);
        }

        assertThat(mapped).isNotEmpty();
        assertThat(covered()).as("GET routes with a disclosure test").containsAll(mapped);
    }

    private static Set<String> covered() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("uk.joinedup.caseservice");
        Set<String> covered = new TreeSet<>();
        for (var type : tests) {
            for (JavaMethod method : type.getMethods()) {
                method.tryGetAnnotationOfType(Discloses.class).ifPresent(one -> covered.add(one.value()));
                method.tryGetAnnotationOfType(Discloses.Routes.class)
                        .ifPresent(many -> Arrays.stream(many.value()).forEach(one -> covered.add(one.value())));
            }
        }
        return covered;
    }
}
