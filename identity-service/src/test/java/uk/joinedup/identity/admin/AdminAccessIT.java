package uk.joinedup.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.joinedup.identity.directory.Role;
import uk.joinedup.identity.support.Browser;
import uk.joinedup.identity.support.IdentityServiceIT;
import uk.joinedup.identity.support.TestUser;

/**
 * Every administration route, read from the application's own request mappings (so a new one is covered
 * the day it is added), refused to every role that does not administer; an agency administrator refused
 * on another agency's users and teams, and on agencies themselves.
 */
class AdminAccessIT extends IdentityServiceIT {

    /** A route with its path variables filled in. */
    record Route(RequestMethod method, String path) {}

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private TestUser probationKeyworker;

    @BeforeEach
    void aUserToAdminister() {
        probationKeyworker = users.create("southampton-probation", Role.KEYWORKER);
    }

    @Test
    void refusesEveryAdministrationRouteToEveryOtherRole() {
        List<Route> routes =
                adminRoutes("southampton-probation", "probation-southampton", probationKeyworker.username());
        assertThat(routes)
                .as("the routes are found")
                .contains(
                        new Route(RequestMethod.GET, "/admin"),
                        new Route(RequestMethod.GET, "/admin/audit.csv"),
                        new Route(RequestMethod.POST, "/admin/users/" + probationKeyworker.username() + "/deactivate"));
        for (Role role : List.of(Role.KEYWORKER, Role.TEAM_MANAGER, Role.IG_OFFICER, Role.DATA_OFFICER)) {
            Browser browser = browser();
            browser.signIn(users.create("southampton-probation", role));
            for (Route route : routes) {
                assertThat(send(browser, route)).as(role + " " + route).isEqualTo(403);
            }
        }
    }

    @Test
    void opensEveryAdministrationPageToASystemAdministrator() {
        Browser browser = browser();
        browser.signIn(users.create("southampton-early-help", Role.SYSTEM_ADMIN));
        for (Route route :
                adminRoutes("southampton-probation", "probation-southampton", probationKeyworker.username())) {
            if (route.method() == RequestMethod.GET) {
                assertThat(browser.get(route.path()).status())
                        .as(route.toString())
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void refusesAnAgencyAdministratorAnotherAgencysUsersTeamsAndAgencies() {
        Browser browser = browser();
        browser.signIn(users.create("southampton-housing", Role.AGENCY_ADMIN));
        List<Route> routes =
                adminRoutes("southampton-probation", "probation-southampton", probationKeyworker.username()).stream()
                        .filter(route -> route.path().contains("/users/" + probationKeyworker.username())
                                || route.path().contains("/teams/probation-southampton")
                                || route.path().startsWith("/admin/agencies/"))
                        .toList();
        assertThat(routes).hasSizeGreaterThan(8);
        for (Route route : routes) {
            assertThat(send(browser, route)).as(route.toString()).isEqualTo(403);
        }
        assertThat(browser.get("/admin/users").body()).doesNotContain(probationKeyworker.username());
        assertThat(browser.get("/admin/users/new").body()).doesNotContain("value=\"southampton-probation\"");
        assertThat(browser.get("/admin").status()).isEqualTo(200);
    }

    @Test
    void refusesAnAgencyAdministratorASystemAdministratorOfTheirOwnAgency() {
        Browser browser = browser();
        browser.signIn(users.create("southampton-early-help", Role.AGENCY_ADMIN));
        TestUser system = users.create("southampton-early-help", Role.SYSTEM_ADMIN);

        assertThat(browser.get("/admin/users/" + system.username()).status()).isEqualTo(403);
        browser.get("/account");
        assertThat(browser.post("/admin/users/" + system.username() + "/deactivate")
                        .status())
                .isEqualTo(403);
    }

    private int send(Browser browser, Route route) {
        if (route.method() == RequestMethod.GET) {
            return browser.get(route.path()).status();
        }
        browser.get("/account/sessions");
        int status = browser.post(route.path()).status();
        // the CSRF token sent was good: the same one opens a route the user may use
        assertThat(browser.post("/account/sessions/end", "sid", "not-a-session").status())
                .isEqualTo(404);
        return status;
    }

    private List<Route> adminRoutes(String agencyId, String teamId, String username) {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/admin")) {
                    continue;
                }
                String path = pattern.replace("{username}", username)
                        .replace("/agencies/{id}", "/agencies/" + agencyId)
                        .replace("/teams/{id}", "/teams/" + teamId);
                assertThat(path).as("every path variable filled in").doesNotContain("{");
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    routes.add(new Route(method, path));
                }
            }
        });
        return routes;
    }
}
