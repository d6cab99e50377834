package uk.joinedup.caseservice.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Revision;
import org.springframework.web.bind.annotation.RestController;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.SharingPolicy;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.views.outcomes.OutcomeFamilies;

/**
 * The house rules, written once over a base package so that {@code ArchitectureTest} holds case-service
 * to them and {@code ArchitectureRulesCanFailTest} shows each one failing on a deliberate violation.
 *
 * <p>Layout: the shared kernel ({@code agency rules catalogue chronology sharing personaldata}) depends on nothing
 * above it; each feature ({@code person}, {@code family}, {@code consent}, {@code agreement}, {@code
 * emergency}, {@code accesslog}, {@code outcomes}, {@code imports}, {@code identification}, {@code subjectaccess}) has {@code api domain web} and its read models
 * ({@code record index membership}) as far as it needs them; {@code views} compose across features; {@code infrastructure}
 * depends on no feature.
 */
final class ArchitectureRules {

    /**
     * The one query handler that answers without the sharing policy: a subject access response is the person's
     * own information, assembled by an information-governance officer for the whole council (ADR 32).
     */
    private static final String SUBJECT_ACCESS_RESPONSE = ".views.subjectaccess.SubjectAccessQueries";

    private static final String[] KERNEL = {"agency", "rules", "catalogue", "chronology", "sharing", "personaldata"};

    /** The features: each owns its contract, aggregate, REST adapter and read models. */
    private static final List<String> FEATURES = List.of(
            "person",
            "family",
            "consent",
            "agreement",
            "emergency",
            "accesslog",
            "outcomes",
            "imports",
            "retention",
            "identification",
            "subjectaccess");

    /** What matching an extract's rows to people may use: the JDK, the name and postcode helpers, Commons. */
    private static final String[] MATCHING_MAY_USE = {"java..", "org.apache.commons.."};

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
        String[] features =
                FEATURES.stream().map(name -> base + "." + name + "..").toArray(String[]::new);
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
                        .resideInAnyPackage(concat(features, views, base + ".infrastructure..", base + ".demo..")));
        rules.put(
                "infrastructure depends on no feature",
                noClasses()
                        .that()
                        .resideInAPackage(base + ".infrastructure..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(concat(features, views, base + ".demo..")));
        rules.put(
                "api depends only on the kernel and other features' api",
                classes()
                        .that()
                        .resideInAPackage(base + "..api..")
                        .should()
                        .onlyDependOnClassesThat()
                        .resideInAnyPackage(concat(kernel, concat(CONTRACT_LIBRARIES, base + "..api.."))));
        rules.put(
                "a feature's domain depends only on its api, the person contract and the kernel",
                classes()
                        .that()
                        .resideInAPackage(base + "..domain..")
                        .should(onlyDependWithin(
                                base,
                                (origin, target) -> isKernelOrLibrary(target, base, kernel)
                                        || besideItsDomain(origin, target, "domain")
                                        || besideItsDomain(origin, target, "api")
                                        || inPackageOf(target, base, "person", "api"))));
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
                "a feature knows other features only by their api",
                classes().that().resideInAnyPackage(features).should(onlyDependWithin(base, (origin, target) -> {
                    String other = featureOf(target, base);
                    return other == null
                            || other.equals(featureOf(origin, base))
                            || inPackageOf(target, base, other, "api");
                })));
        rules.put(
                "every query handler discloses through the sharing policy, itself or by the outcomes' families"
                        + " (but the subject access response, ADR 32)",
                classes()
                        .that()
                        .resideInAPackage(base + "..")
                        .and(describe("answer queries", (JavaClass type) -> type.getMethods().stream()
                                .anyMatch(method -> method.isAnnotatedWith(QueryHandler.class))))
                        // the person's own information, for the whole council: one named class, not a package
                        .and()
                        .doNotHaveFullyQualifiedName(base + SUBJECT_ACCESS_RESPONSE)
                        .should()
                        .dependOnClassesThat()
                        .belongToAnyOf(Disclosure.class, OutcomeFamilies.class));
        rules.put(
                "the sharing policy decides only through a Disclosure",
                noClasses()
                        .that()
                        .resideOutsideOfPackage(base + ".sharing..")
                        .should()
                        .callMethod(SharingPolicy.class, "decide", Viewer.class, Subject.class, SharedEntry.class));
        rules.put(
                "aggregates know no Spring or MongoDB and read no clock",
                noClasses()
                        .that()
                        .resideInAPackage(base + "..domain..")
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
                        .resideOutsideOfPackages(base + "..domain..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(base + "..domain.."));
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
                "matching an extract's rows to people is pure",
                classes()
                        .that()
                        .resideInAPackage(base + ".imports.matching..")
                        .should()
                        .onlyDependOnClassesThat()
                        .resideInAnyPackage(concat(
                                MATCHING_MAY_USE, base + ".imports.matching..", base + ".infrastructure.search..")));
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

    /** The feature a class belongs to, or null if it is in none. */
    private static String featureOf(JavaClass type, String base) {
        if (!type.getPackageName().startsWith(base + ".")) {
            return null;
        }
        String first = type.getPackageName().substring(base.length() + 1).split("\\.")[0];
        return FEATURES.contains(first) ? first : null;
    }

    /**
     * Whether {@code target} is in the {@code layer} package beside the domain package {@code origin} is in
     * (for {@code outcomes.claims.domain}, {@code outcomes.claims.api}).
     */
    private static boolean besideItsDomain(JavaClass origin, JavaClass target, String layer) {
        String from = origin.getPackageName();
        int domain = from.lastIndexOf(".domain");
        String prefix = from.substring(0, domain) + "." + layer;
        return target.getPackageName().equals(prefix) || target.getPackageName().startsWith(prefix + ".");
    }

    private static boolean inPackageOf(JavaClass type, String base, String feature, String layer) {
        String prefix = base + "." + feature + "." + layer;
        return type.getPackageName().equals(prefix) || type.getPackageName().startsWith(prefix + ".");
    }

    private static boolean isKernelOrLibrary(JavaClass type, String base, String[] kernel) {
        if (!type.getPackageName().startsWith(base)) {
            return true;
        }
        return Arrays.stream(kernel)
                .map(pattern -> pattern.substring(0, pattern.length() - 2))
                .anyMatch(prefix -> type.getPackageName().equals(prefix)
                        || type.getPackageName().startsWith(prefix + "."));
    }

    /** Every dependency of a class on the application's own classes is one that {@code allowed} accepts. */
    private static ArchCondition<JavaClass> onlyDependWithin(String base, BiPredicate<JavaClass, JavaClass> allowed) {
        return new ArchCondition<>("only depend on what its place allows") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.getPackageName().startsWith(base) && !allowed.test(origin, target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
