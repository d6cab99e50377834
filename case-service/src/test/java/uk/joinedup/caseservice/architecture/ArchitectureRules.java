package uk.joinedup.caseservice.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Revision;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.sharing.Disclosure;

/**
 * The house rules, written once over a base package so that {@code ArchitectureTest} holds case-service
 * to them and {@code ArchitectureRulesCanFailTest} shows each one failing on a deliberate violation.
 *
 * <p>Layout: the shared kernel ({@code agency rules catalogue chronology sharing}) depends on nothing
 * above it; each feature ({@code person}, {@code family}) has {@code api domain web} and its read models
 * ({@code record index membership}); {@code views} compose across features; {@code infrastructure}
 * depends on no feature.
 */
final class ArchitectureRules {

    private static final String[] KERNEL = {"agency", "rules", "catalogue", "chronology", "sharing"};

    /** Libraries the persisted contract (commands, events, ids) may use besides the JDK. */
    private static final String[] CONTRACT_LIBRARIES = {
        "java..",
        "com.fasterxml.jackson.annotation..",
        "org.axonframework.modelling.command..",
        "org.axonframework.serialization.."
    };

    private ArchitectureRules() {}

    /**
     * Every rule, by name.
     *
     * @param base the application's root package
     * @param events the aggregates' sealed event interfaces
     */
    static Map<String, ArchRule> over(String base, Class<?>... events) {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        String[] kernel =
                Arrays.stream(KERNEL).map(name -> base + "." + name + "..").toArray(String[]::new);
        String person = base + ".person..";
        String family = base + ".family..";
        String views = base + ".views..";

        rules.put(
                "no cycles between top-level packages",
                slices().matching(base + ".(*)..").should().beFreeOfCycles());
        rules.put(
                "no cycles within a feature",
                slices().matching(base + ".(*).(*)..").should().beFreeOfCycles());
        rules.put(
                "the kernel depends on nothing above it",
                noClasses()
                        .that()
                        .resideInAnyPackage(kernel)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(person, family, views, base + ".infrastructure..", base + ".demo.."));
        rules.put(
                "infrastructure depends on no feature",
                noClasses()
                        .that()
                        .resideInAPackage(base + ".infrastructure..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(person, family, views, base + ".demo.."));
        rules.put(
                "api depends only on the kernel and other features' api",
                classes()
                        .that()
                        .resideInAPackage(base + ".*.api..")
                        .should()
                        .onlyDependOnClassesThat()
                        .resideInAnyPackage(concat(kernel, concat(CONTRACT_LIBRARIES, base + ".*.api.."))));
        for (String feature : List.of("person", "family")) {
            rules.put(
                    feature + " domain depends only on its api, the person contract and the kernel",
                    classes()
                            .that()
                            .resideInAPackage(base + "." + feature + ".domain..")
                            .should()
                            .onlyDependOnClassesThat()
                            .resideInAnyPackage(concat(
                                    kernel,
                                    "java..",
                                    "org.axonframework..",
                                    base + "." + feature + ".domain..",
                                    base + "." + feature + ".api..",
                                    base + ".person.api..")));
        }
        rules.put(
                "read models never depend on web",
                noClasses()
                        .that()
                        .resideInAnyPackage(
                                base + ".*.record..",
                                base + ".*.index..",
                                base + ".*.membership..",
                                base + ".views.casefile..",
                                base + ".views.caseload..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(base + "..web.."));
        rules.put(
                "only web depends on web",
                noClasses()
                        .that()
                        .resideInAPackage(base + "..")
                        .and()
                        .resideOutsideOfPackage(base + "..web..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(base + "..web.."));
        rules.put(
                "the person feature knows no family",
                noClasses()
                        .that()
                        .resideInAPackage(person)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(family));
        rules.put(
                "the family feature knows only the person contract",
                noClasses()
                        .that()
                        .resideInAPackage(family)
                        .should()
                        .dependOnClassesThat(
                                resideInAPackage(person).and(not(resideInAPackage(base + ".person.api..")))));
        rules.put(
                "every query handler discloses through the sharing policy",
                classes()
                        .that()
                        .resideInAPackage(base + "..")
                        .and(describe("answer queries", (JavaClass type) -> type.getMethods().stream()
                                .anyMatch(method -> method.isAnnotatedWith(QueryHandler.class))))
                        .should()
                        .dependOnClassesThat()
                        .belongToAnyOf(Disclosure.class));
        rules.put(
                "aggregates know no Spring or MongoDB and read no clock",
                noClasses()
                        .that()
                        .resideInAPackage(base + ".*.domain..")
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
                        .areAssignableTo(Clock.class));
        rules.put(
                "aggregates are reached only through commands",
                noClasses()
                        .that()
                        .resideInAPackage(base + "..")
                        .and()
                        .resideOutsideOfPackages(base + ".*.domain..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(base + ".*.domain.."));
        rules.put(
                "the sharing policy is pure",
                noClasses()
                        .that()
                        .resideInAPackage(base + ".sharing..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "org.springframework..", "org.axonframework..", "com.mongodb..", "org.bson.."));
        rules.put(
                "controllers are package-private, in web packages",
                classes()
                        .that()
                        .resideInAPackage(base + "..")
                        .and()
                        .areAnnotatedWith(RestController.class)
                        .should()
                        .notBePublic()
                        .andShould()
                        .resideInAPackage(base + "..web.."));
        rules.put(
                "events are revisioned records",
                classes()
                        .that(implementAny(events))
                        .should()
                        .beRecords()
                        .andShould()
                        .beAnnotatedWith(Revision.class));
        rules.put(
                "events are named as past facts",
                noClasses()
                        .that(implementAny(events))
                        .should()
                        .haveSimpleNameEndingWith("Event")
                        .orShould()
                        .haveSimpleNameEndingWith("Updated")
                        .orShould()
                        .haveSimpleNameEndingWith("Changed"));
        return rules;
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> implementAny(Class<?>... interfaces) {
        List<String> names = new ArrayList<>();
        Arrays.stream(interfaces).forEach(type -> names.add(type.getName()));
        return describe(
                "implement one of " + names,
                (JavaClass type) ->
                        !type.isInterface() && Arrays.stream(interfaces).anyMatch(type::isAssignableTo));
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
