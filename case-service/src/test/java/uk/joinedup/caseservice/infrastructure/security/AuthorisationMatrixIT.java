package uk.joinedup.caseservice.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.infrastructure.security.AuthorisationMatrixIT.Gate.DATA_OFFICERS;
import static uk.joinedup.caseservice.infrastructure.security.AuthorisationMatrixIT.Gate.EARLY_HELP_MANAGERS;
import static uk.joinedup.caseservice.infrastructure.security.AuthorisationMatrixIT.Gate.IG_OFFICERS;
import static uk.joinedup.caseservice.infrastructure.security.AuthorisationMatrixIT.Gate.MANAGERS;
import static uk.joinedup.caseservice.infrastructure.security.AuthorisationMatrixIT.Gate.PRACTITIONERS;
import static uk.joinedup.caseservice.infrastructure.security.AuthorisationMatrixIT.Gate.PUBLIC;
import static uk.joinedup.caseservice.infrastructure.security.AuthorisationMatrixIT.Gate.READERS;
import static uk.joinedup.caseservice.infrastructure.security.AuthorisationMatrixIT.Gate.REVIEWERS;
import static uk.joinedup.caseservice.infrastructure.security.AuthorisationMatrixIT.Gate.SHARING_ADMINISTRATORS;
import static uk.joinedup.caseservice.infrastructure.security.AuthorisationMatrixIT.Gate.SIGNED_IN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriTemplate;
import uk.joinedup.caseservice.ApiIntegrationTest;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Role;

/**
 * Every route of the service, asked by everyone who might: no token, keyworkers of four agencies, team
 * managers of two, an information-governance officer, a data officer, both kinds of administrator and a user with no role. The
 * routes are read from the application's own route table, so a new route without a row here fails, and
 * so does a row for a route that is gone.
 *
 * <p>Each row names a gate, the roles that may pass it (the security configuration's rules, written out
 * again here as the specification), and what those who pass get. Anyone else gets 401 without a token and
 * 403 with one. Changes are sent an empty JSON array: 400 proves the request passed the gate without
 * changing anything. What a reader gets past the gate is decided by the record and the sharing policy,
 * not the role: 200 for a record that exists (its content is the disclosure tests' business), 404 for
 * one that does not, and, for a change to a person's record, 404 for an agency not involved with them
 * (ADR 13), however well-formed the request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT extends ApiIntegrationTest {

    /** Who passes a gate. */
    enum Gate {
        PUBLIC(null),
        SIGNED_IN(null),
        READERS(EnumSet.of(Role.KEYWORKER, Role.TEAM_MANAGER, Role.IG_OFFICER)),
        PRACTITIONERS(EnumSet.of(Role.KEYWORKER, Role.TEAM_MANAGER)),
        SHARING_ADMINISTRATORS(EnumSet.of(Role.KEYWORKER, Role.TEAM_MANAGER, Role.IG_OFFICER)),
        IG_OFFICERS(EnumSet.of(Role.IG_OFFICER)),
        REVIEWERS(EnumSet.of(Role.IG_OFFICER, Role.TEAM_MANAGER)),
        MANAGERS(EnumSet.of(Role.TEAM_MANAGER)),
        DATA_OFFICERS(EnumSet.of(Role.DATA_OFFICER)),
        /** Team managers of an early-help agency only (early identification, ADR 29). */
        EARLY_HELP_MANAGERS(EnumSet.of(Role.TEAM_MANAGER));

        private final Set<Role> roles;

        Gate(Set<Role> roles) {
            this.roles = roles;
        }

        /** What {@code who} gets from the gate: null if they pass, else 401 or 403. */
        Integer refusal(Actor who) {
            if (this == PUBLIC) {
                return null;
            }
            if (who == null) {
                return 401;
            }
            if (this == SIGNED_IN) {
                return null;
            }
            if (this == EARLY_HELP_MANAGERS && who.agencyKind() != AgencyKind.EARLY_HELP) {
                return 403;
            }
            return who.roles().stream().anyMatch(roles::contains) ? null : 403;
        }
    }

    private static final String ANONYMOUS = "anonymous";

    /** The columns. */
    private static final Map<String, Actor> ASKING = asking();

    /** The rows: method and route, as the route table has them. */
    private final Map<String, Row> table = table(
            // public
            row("ANY /error", PUBLIC, 500), // asked directly, there is no error to describe
            // the API description: any signed-in user (public only in development)
            row("GET /v3/api-docs", SIGNED_IN, 200),
            row("GET /v3/api-docs.yaml", SIGNED_IN, 200),
            // published: any signed-in user
            row("GET /api/fact-types", SIGNED_IN, 200),
            row("GET /api/sharing-agreements", SIGNED_IN, 200),
            row("GET /api/sharing-agreements/{agreementId}", SIGNED_IN, 200),
            // people and families: keyworkers, team managers and IG officers read them
            row("GET /api/caseload", READERS, 200),
            row("GET /api/caseload/team", MANAGERS, 200),
            row("GET /api/outcomes/caseload-overview", MANAGERS, 200),
            row("GET /api/outcomes/caseload-overview/now.csv", MANAGERS, 200),
            row("GET /api/outcomes/caseload-overview/quarters.csv", MANAGERS, 200),
            row("GET /api/outcomes/caseload-overview/keyworkers.csv", MANAGERS, 200),
            row("GET /api/budgets/spend-by-source", MANAGERS, 200),
            row("GET /api/budgets/spend-by-source.csv", MANAGERS, 200),
            row("GET /api/costs/cohort", MANAGERS, 200),
            row("GET /api/costs/cohort.csv", MANAGERS, 200),
            row("GET /api/outcomes/indicators", MANAGERS, 200),
            row("GET /api/outcomes/indicators/quarters.csv", MANAGERS, 200),
            row("GET /api/outcomes/indicators/{measure}/quarters.csv", MANAGERS, 200),
            row("GET /api/outcomes/indicators/{measure}/people", MANAGERS, 200).query("quarter=2026-Q4"),
            row("GET /api/outcomes/claims", MANAGERS, 200),
            row("GET /api/outcomes/claims/export.csv", MANAGERS, 200),
            row("GET /api/outcomes/claims/families/{familyId}", MANAGERS, 200)
                    .passing("team manager (police)", 404), // not involved in the case
            row("POST /api/outcomes/claims/families/{familyId}/schemes/{scheme}/results/{result}", MANAGERS, 400),
            row(
                    "POST /api/outcomes/claims/families/{familyId}/schemes/{scheme}/results/{result}/submission",
                    MANAGERS,
                    400),
            row(
                    "POST /api/outcomes/claims/families/{familyId}/schemes/{scheme}/results/{result}/payment",
                    MANAGERS,
                    400),
            row(
                    "POST /api/outcomes/claims/families/{familyId}/schemes/{scheme}/results/{result}/rejection",
                    MANAGERS,
                    400),
            row("GET /api/identification/candidates", EARLY_HELP_MANAGERS, 200),
            row("POST /api/identification/candidates/{candidateId}/decision", EARLY_HELP_MANAGERS, 400),
            row("POST /api/identification/candidates/{candidateId}/household", EARLY_HELP_MANAGERS, 400),
            row("GET /api/people/registered-by-me", READERS, 200),
            row("GET /api/referrals/awaiting-decision", READERS, 200),
            row("GET /api/transfers/awaiting-decision", READERS, 200),
            row("GET /api/cases/without-lead-professional", READERS, 200),
            row("GET /api/people", READERS, 200).query("familyName=Matrix"),
            row("GET /api/people/{personId}", READERS, 200),
            row("GET /api/people/{personId}/consents", READERS, 200),
            row("GET /api/people/{personId}/emergency-access", READERS, 200),
            row("GET /api/emergency-access/awaiting-review", READERS, 200),
            row("GET /api/families", READERS, 200).query("name=Matrix"),
            row("GET /api/families/{familyId}", READERS, 200),
            // the access log: IG officers only
            row("GET /api/access-log", IG_OFFICERS, 200),
            row("GET /api/access-log.csv", IG_OFFICERS, 200),
            row("GET /api/access-log/verification", IG_OFFICERS, 200),
            // retention: IG officers only
            row("GET /api/retention/schedules", IG_OFFICERS, 200),
            row("GET /api/retention/due", IG_OFFICERS, 200).query("by=2030-01-01"),
            // erasures: IG officers only, reading and deciding (ADR 31)
            row("GET /api/erasures", IG_OFFICERS, 200),
            row("GET /api/erasures/{erasureId}", IG_OFFICERS, 404),
            row("POST /api/erasures/{erasureId}/approval", IG_OFFICERS, 400),
            row("POST /api/erasures/{erasureId}/hold", IG_OFFICERS, 400),
            row("POST /api/erasures/{erasureId}/hold-release", IG_OFFICERS, 400),
            // casework: keyworkers and team managers
            row("POST /api/people", PRACTITIONERS, 400),
            row("POST /api/people/possible-duplicates", PRACTITIONERS, 400),
            row("POST /api/people/{personId}/corrections", PRACTITIONERS, 404)
                    .body(this::unchangedDetails)
                    .passing("keyworker (early help)", 422) // registered them: "changes nothing"
                    .passing("team manager (early help)", 422),
            row("POST /api/people/{personId}/death", PRACTITIONERS, 400),
            row("POST /api/people/{personId}/facts", PRACTITIONERS, 400),
            row("POST /api/people/{personId}/facts/{factId}/corrections", PRACTITIONERS, 400),
            row("POST /api/people/{personId}/facts/{factId}/retraction", PRACTITIONERS, 400),
            row("POST /api/people/{personId}/emergency-access", PRACTITIONERS, 400),
            row("POST /api/families", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/members", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/members/{personId}/departure", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/referrals", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/referrals/{referralId}/acceptance", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/referrals/{referralId}/decline", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/lead-professional", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/lead-professional/handover", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/assessments", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/plan", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/plan/agreement", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/plan/actions/{actionId}/completion", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/reviews", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/conferences", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/follow-ups", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/transfers", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/transfers/{transferId}/acceptance", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/transfers/{transferId}/decline", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/closure", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/reopening", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/team", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/team/requests", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/team/requests/{userId}/approval", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/team/requests/{userId}/decline", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/team/{userId}/departure", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/budget/allocations", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/budget/commitments", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/budget/commitments/{commitmentId}/spend", PRACTITIONERS, 400),
            row("POST /api/families/{familyId}/budget/commitments/{commitmentId}/cancellation", PRACTITIONERS, 400),
            // administering sharing
            row("POST /api/people/{personId}/consents", SHARING_ADMINISTRATORS, 400),
            row("POST /api/people/{personId}/consents/{consentId}/withdrawal", SHARING_ADMINISTRATORS, 400),
            row("POST /api/sharing-agreements", IG_OFFICERS, 400),
            row("POST /api/sharing-agreements/{agreementId}/revisions", IG_OFFICERS, 400),
            row("POST /api/sharing-agreements/{agreementId}/end", IG_OFFICERS, 400),
            row("POST /api/emergency-access/{overrideId}/review", REVIEWERS, 400),
            // subject access: information-governance officers only, reading and deciding (ADR 32)
            row("GET /api/subject-access-requests", IG_OFFICERS, 200),
            row("POST /api/subject-access-requests", IG_OFFICERS, 400),
            row("GET /api/subject-access-requests/{requestId}", IG_OFFICERS, 200),
            row("GET /api/subject-access-requests/{requestId}/response", IG_OFFICERS, 200),
            row("POST /api/subject-access-requests/{requestId}/overrides", IG_OFFICERS, 400),
            row("POST /api/subject-access-requests/{requestId}/restorations", IG_OFFICERS, 400),
            row("POST /api/subject-access-requests/{requestId}/release", IG_OFFICERS, 400),
            row("POST /api/subject-access-requests/{requestId}/closure", IG_OFFICERS, 400),
            row("POST /api/subject-access-requests/{requestId}/extension", IG_OFFICERS, 400),
            // data extracts: their agency's data officers only
            row("GET /api/imports/extract-types", DATA_OFFICERS, 200),
            row("GET /api/imports", DATA_OFFICERS, 200),
            row("POST /api/imports", DATA_OFFICERS, 400), // no extract type named
            row("GET /api/imports/{importId}", DATA_OFFICERS, 404),
            row("GET /api/imports/{importId}/report.csv", DATA_OFFICERS, 404),
            row("POST /api/imports/{importId}/start", DATA_OFFICERS, 404),
            row("POST /api/imports/{importId}/discard", DATA_OFFICERS, 404),
            row("GET /api/imports/review", DATA_OFFICERS, 200),
            row("POST /api/imports/{importId}/rows/{row}/decision", DATA_OFFICERS, 400));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping routes;

    private final Map<String, String> ids = new HashMap<>();
    private Map<String, Object> registered;

    @BeforeAll
    void aPersonAFamilyAndAnAgreement() {
        registered = Map.of("givenNames", "Morgan", "familyName", "Matrix", "dateOfBirth", "1988-02-29");
        ids.put("measure", "ADULT_NOT_REOFFENDED");
        ids.put("personId", ok(Actors.earlyHelpKeyworker(), "/api/people", registered));
        ids.put("familyId", ok(Actors.earlyHelpKeyworker(), "/api/families", Map.of("name", "Matrix family")));
        ids.put(
                "requestId",
                ok(
                        Actors.igOfficer(),
                        "/api/subject-access-requests",
                        Map.of(
                                "personId",
                                ids.get("personId"),
                                "requester",
                                "THE_PERSON",
                                "identityCheck",
                                "DOCUMENTS",
                                "receivedOn",
                                LocalDate.now().minusDays(1).toString())));
        ids.put(
                "agreementId",
                ok(
                        Actors.igOfficer(),
                        "/api/sharing-agreements",
                        Map.of(
                                "title", "Matrix protocol",
                                // between agencies no other test knows, so that it opens nothing of theirs
                                "parties",
                                        List.of(
                                                Map.of("agency", "matrix-agency-one"),
                                                Map.of("agency", "matrix-agency-two")),
                                "categories", List.of("EMPLOYMENT_AND_BENEFITS"),
                                "purposes", List.of("FAMILY_SUPPORT"),
                                "lawfulBases", List.of("PUBLIC_TASK"),
                                "startsOn", LocalDate.now().minusDays(1).toString(),
                                "reviewOn", LocalDate.now().plusYears(1).toString())));
    }

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo route : routes.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            route.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            if (methods.isEmpty()) {
                methods.add("ANY");
            }
            for (String pattern : route.getPatternValues()) {
                methods.forEach(method -> mapped.add(method + " " + pattern));
            }
        }

        assertThat(without(mapped, table.keySet()))
                .as("routes with no row in the authorisation matrix: add one, saying who may call it")
                .isEmpty();
        assertThat(without(table.keySet(), mapped))
                .as("rows of the authorisation matrix whose route is gone")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyoneGetsWhatTheTableSays() {
        return table.values().stream()
                .map(row -> DynamicTest.dynamicTest(row.route, () -> {
                    List<String> wrong = new ArrayList<>();
                    ASKING.forEach((who, actor) -> {
                        int expected = row.expected(who, actor);
                        int actual = ask(row, actor);
                        if (actual != expected) {
                            wrong.add(who + ": expected " + expected + ", got " + actual);
                        }
                    });
                    assertThat(wrong).as(row.route).isEmpty();
                }));
    }

    private int ask(Row row, Actor actor) {
        String[] route = row.route.split(" ", 2);
        HttpMethod method = route[0].equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(route[0]);
        UriTemplate template = new UriTemplate(route[1]);
        Map<String, String> variables = new HashMap<>();
        template.getVariableNames().forEach(name -> variables.put(name, ids.getOrDefault(name, "no-such-" + name)));
        String uri = template.expand(variables).toString() + (row.query == null ? "" : "?" + row.query);

        RestClient client = actor == null ? anonymous() : as(actor);
        RestClient.RequestBodySpec request = client.method(method).uri(uri);
        if (method == HttpMethod.POST) {
            request.contentType(MediaType.APPLICATION_JSON).body(row.body.get());
        }
        return request.header(HttpHeaders.ACCEPT, MediaType.ALL_VALUE)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value();
    }

    /** A correction of the person registered above that changes nothing. */
    private Object unchangedDetails() {
        return Map.of("expectedVersion", 0, "details", registered, "reason", "Checking");
    }

    private static Set<String> without(Set<String> these, Set<String> those) {
        Set<String> left = new TreeSet<>(these);
        left.removeAll(those);
        return left;
    }

    private static Map<String, Actor> asking() {
        Map<String, Actor> asking = new LinkedHashMap<>();
        asking.put(ANONYMOUS, null);
        asking.put("keyworker (probation)", Actors.probationKeyworker());
        asking.put("keyworker (housing)", Actors.housingOfficer());
        asking.put("keyworker (early help)", Actors.earlyHelpKeyworker());
        asking.put("keyworker (police)", Actors.policeOfficer());
        asking.put("team manager (early help)", someone("morgan.lee", Role.TEAM_MANAGER));
        asking.put("team manager (police)", Actors.policeManager());
        asking.put("IG officer", Actors.igOfficer());
        asking.put("agency admin", Actors.agencyAdmin());
        asking.put("system admin", Actors.systemAdmin());
        asking.put("data officer (early help)", someone("dana.reed", Role.DATA_OFFICER));
        asking.put("no role", someone("kim.hart", null));
        return asking;
    }

    /** An Early Help user with only this role, or none. */
    private static Actor someone(String userId, Role role) {
        return new Actor(
                userId,
                userId,
                new AgencyId("southampton-early-help"),
                "Southampton City Council Early Help",
                AgencyKind.EARLY_HELP,
                role == null ? Set.of() : Set.of(role),
                "early-help-central");
    }

    private static Row row(String route, Gate gate, int passing) {
        return new Row(route, gate, passing);
    }

    private static Map<String, Row> table(Row... rows) {
        Map<String, Row> table = new LinkedHashMap<>();
        for (Row row : rows) {
            assertThat(table.put(row.route, row)).as("one row for " + row.route).isNull();
        }
        return table;
    }

    /** One route: its gate, and what those who pass it get. */
    private static final class Row {

        private final String route;
        private final Gate gate;
        private final int passing;
        private final Map<String, Integer> passingExceptions = new HashMap<>();
        private Supplier<Object> body = () -> "[]";
        private String query;

        Row(String route, Gate gate, int passing) {
            this.route = route;
            this.gate = gate;
            this.passing = passing;
        }

        /** Past the gate, this one gets something else. */
        Row passing(String who, int status) {
            assertThat(ASKING).containsKey(who);
            passingExceptions.put(who, status);
            return this;
        }

        Row body(Supplier<Object> body) {
            this.body = body;
            return this;
        }

        Row query(String query) {
            this.query = query;
            return this;
        }

        int expected(String who, Actor actor) {
            Integer refused = gate.refusal(actor);
            return refused != null ? refused : passingExceptions.getOrDefault(who, passing);
        }
    }
}
