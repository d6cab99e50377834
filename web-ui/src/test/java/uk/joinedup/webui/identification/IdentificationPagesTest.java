package uk.joinedup.webui.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import uk.joinedup.webui.SignedInToCaseService;
import uk.joinedup.webui.StubCaseService;

/**
 * The early identification pages through web-ui's whole stack (security, controllers, templates and messages, the
 * case-service client and its problem translation) against a stub of case-service over HTTP: the list and its
 * filter, a decision and case-service's refusals of it, confirming a household, and everyone else refused.
 */
@SpringBootTest(properties = {"joinedup.identity.issuer=https://identity.example", "joinedup.identity.client-secret=s"})
@AutoConfigureMockMvc
class IdentificationPagesTest {

    private static final StubCaseService CASE_SERVICE = new StubCaseService();
    private static final String MANAGER = "mo.ahmed";
    private static final String CANDIDATES = "/api/identification/candidates";
    private static final String REED = "c-reed";
    private static final String HOUSEHOLD = "c-household";
    private static final String REED_FAMILY = "f-reed";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private OAuth2AuthorizedClientService authorizedClients;

    @Autowired
    private ClientRegistrationRepository registrations;

    @DynamicPropertySource
    static void caseService(DynamicPropertyRegistry properties) {
        properties.add("joinedup.case-service.url", CASE_SERVICE::url);
    }

    /** The manager signed in with an access token for case-service, as after sign-in. */
    @BeforeEach
    void signedIn() {
        CASE_SERVICE.reset();
        CASE_SERVICE.json("GET", CANDIDATES, 200, list(reed(0, null), household(null)));
        SignedInToCaseService.as(MANAGER, authorizedClients, registrations);
    }

    // ---- the list ------------------------------------------------------------------------------------------------

    @Test
    void listsEachCandidateWithItsMembersCriteriaFactsAndNeeds() throws Exception {
        String page = page(get("/identification").with(earlyHelpManager()));

        assertThat(page)
                .contains("<h1 class=\"govuk-heading-l\">Families who may meet the criteria</h1>")
                .contains("Nothing on this page is shown to other agencies, and no family is labelled by it")
                .contains("meet 3 of the Troubled Families entry criteria")
                .contains("4 December 2026")
                .contains("href=\"/families/" + REED_FAMILY + "\">Reed family</a>")
                .contains("Dean Reed, born 2 May 1986")
                .contains("Tyler Reed, born 14 September 2012")
                .contains("2 of 4 entry criteria met: Crime and anti-social behaviour, Work")
                .contains("A child given an anti-social behaviour intervention in the last 12 months")
                .contains("Anti-social behaviour intervention, 2 November 2026 (Tyler Reed)")
                .contains("Benefit claim started, 5 October 2026 (Dean Reed)")
                .contains("Not met")
                .contains("Getting a good education")
                .contains("Household found in the data, not yet a family")
                .contains("href=\"/identification/" + REED + "/decision\"")
                .contains("href=\"/identification/" + HOUSEHOLD + "/household\"")
                .contains("2 families shown of 2 who may meet the criteria")
                .as("the family page is linked, a household has none")
                .doesNotContain("href=\"/families/null\"")
                .doesNotContain("facts from other agencies are not shown")
                .doesNotContain("No families meet the criteria today");
        assertThat(CASE_SERVICE.received("GET", CANDIDATES).get(0).authorization())
                .isEqualTo("Bearer the-access-token");
    }

    @Test
    void saysHowManyFactsFromOtherAgenciesAreNotShown() throws Exception {
        CASE_SERVICE.json("GET", CANDIDATES, 200, list(reed(2, null)));

        assertThat(page(get("/identification").with(earlyHelpManager())))
                .contains("2 facts from other agencies are not shown");
    }

    @Test
    void saysSoWhenNoFamilyMeetsTheCriteria() throws Exception {
        CASE_SERVICE.json("GET", CANDIDATES, 200, list());

        assertThat(page(get("/identification").with(earlyHelpManager())))
                .contains("No families meet the criteria today")
                .doesNotContain("data-testid=\"candidate\"");
    }

    @Test
    void showsOnlyTheUndecidedUnlessAllAreAskedFor() throws Exception {
        CASE_SERVICE.json("GET", CANDIDATES, 200, list(reed(0, decision("NOT_NOW")), household(null)));

        assertThat(page(get("/identification").with(earlyHelpManager())))
                .doesNotContain("Reed family")
                .contains("1 family shown of 2 who may meet the criteria")
                .containsPattern("href=\"/identification\"\\s+aria-current=\"page\"");
        assertThat(page(get("/identification").param("show", "all").with(earlyHelpManager())))
                .contains("Reed family")
                .contains("Not now")
                .contains("The school is already working with Tyler.")
                .contains("Mo Ahmed, 3 December 2026")
                .containsPattern("href=\"/identification\\?show=all\"\\s+aria-current=\"page\"");
    }

    @Test
    void saysSoWhenEveryCandidateIsDecided() throws Exception {
        CASE_SERVICE.json("GET", CANDIDATES, 200, list(reed(0, decision("NOT_ELIGIBLE"))));

        assertThat(page(get("/identification").with(earlyHelpManager())))
                .contains("You have decided on every family who may meet the criteria today")
                .doesNotContain("No families meet the criteria today");
    }

    @Test
    void aReferredFamilysCardLinksToWhereTheReferralIsMade() throws Exception {
        CASE_SERVICE.json("GET", CANDIDATES, 200, list(reed(0, decision("REFER")), household(decision("REFER"))));

        assertThat(page(get("/identification").param("show", "all").with(earlyHelpManager())))
                .containsPattern("href=\"/families/" + REED_FAMILY + "\" data-testid=\"refer-link\"")
                .containsPattern("href=\"/identification/" + HOUSEHOLD + "/household\" data-testid=\"refer-link\"");
    }

    // ---- who may --------------------------------------------------------------------------------------------------

    @Test
    void nobodyButAnEarlyHelpManagerHasTheLinkOrThePages() throws Exception {
        assertThat(page(get("/identification").with(earlyHelpManager())))
                .contains("href=\"/identification\">Early identification</a>");

        for (OidcLoginRequestPostProcessor other :
                List.of(user("EARLY_HELP", "KEYWORKER"), user("POLICE", "TEAM_MANAGER"), user(null, "TEAM_MANAGER"))) {
            String forbidden = mvc.perform(get("/identification").with(other))
                    .andExpect(status().isForbidden())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(forbidden).doesNotContain("href=\"/identification\"");
            mvc.perform(get("/identification/" + REED + "/decision").with(other))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/identification/" + REED + "/decision")
                            .param("decision", "REFER")
                            .param("reason", "Because")
                            .with(csrf())
                            .with(other))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/identification/" + HOUSEHOLD + "/household")
                            .param("name", "Hill family")
                            .with(csrf())
                            .with(other))
                    .andExpect(status().isForbidden());
        }
        assertThat(CASE_SERVICE.received("GET", CANDIDATES)).hasSize(1);
        assertThat(CASE_SERVICE.received("POST", CANDIDATES + "/" + REED + "/decision"))
                .isEmpty();
    }

    // ---- a decision -------------------------------------------------------------------------------------------------

    @Test
    void theDecisionFormOffersTheThreeDecisionsAndAReasonOfAtMost500Characters() throws Exception {
        String page = page(get("/identification/" + REED + "/decision").with(earlyHelpManager()));

        assertThat(page)
                .contains("Record a decision about Reed family")
                .containsPattern("value=\"REFER\"")
                .containsPattern("value=\"NOT_NOW\"")
                .containsPattern("value=\"NOT_ELIGIBLE\"")
                .contains("Look at the family again later: they stay on the list, marked")
                .contains("data-module=\"govuk-character-count\"")
                .contains("data-maxlength=\"500\"")
                .contains("You can enter up to 500 characters")
                .contains("aria-describedby=\"reason-info reason-hint\"");
    }

    @Test
    void aDecisionOfACandidateNoLongerListedIsNotFound() throws Exception {
        mvc.perform(get("/identification/c-gone/decision").with(earlyHelpManager()))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesADecisionWithoutAChoiceOrAReason() throws Exception {
        String page = page(post("/identification/" + REED + "/decision")
                .param("reason", "  ")
                .with(csrf())
                .with(earlyHelpManager()));

        assertThat(page)
                .contains("<title>Error: Record a decision about Reed family")
                .contains("There is a problem")
                .contains("<a href=\"#decision\">Select what you have decided</a>")
                .contains("<a href=\"#reason\">Enter the reason for your decision</a>")
                .contains("id=\"reason-error\"")
                .contains("aria-describedby=\"reason-info reason-hint reason-error\"");
        assertThat(CASE_SERVICE.received("POST", CANDIDATES + "/" + REED + "/decision"))
                .isEmpty();
    }

    @Test
    void refusesAReasonOver500CharactersAndKeepsWhatWasWritten() throws Exception {
        String page = page(post("/identification/" + REED + "/decision")
                .param("decision", "NOT_NOW")
                .param("reason", "x".repeat(501))
                .with(csrf())
                .with(earlyHelpManager()));

        assertThat(page)
                .contains("<a href=\"#reason\">The reason must be 500 characters or fewer</a>")
                .contains("x".repeat(501) + "</textarea>")
                .containsPattern("value=\"NOT_NOW\"[^>]*checked=\"checked\"");
    }

    @Test
    void sendsTheDecisionAndSaysSoOnTheList() throws Exception {
        CASE_SERVICE.status("POST", CANDIDATES + "/" + REED + "/decision", 204);

        mvc.perform(post("/identification/" + REED + "/decision")
                        .param("decision", "NOT_NOW")
                        .param("reason", " The school is already working with Tyler. ")
                        .with(csrf())
                        .with(earlyHelpManager()))
                .andExpect(redirectedUrl("/identification"))
                .andExpect(flash().attribute("success", "identification.decided.NOT_NOW"))
                .andExpect(flash().attribute("successArgs", "Reed family"))
                .andExpect(flash().attributeCount(2));

        StubCaseService.Received sent = CASE_SERVICE
                .received("POST", CANDIDATES + "/" + REED + "/decision")
                .get(0);
        assertThat(sent.contentType()).startsWith("application/json");
        assertThat(sent.text())
                .isEqualTo("{\"decision\":\"NOT_NOW\",\"reason\":\"The school is already working with Tyler.\"}");
        assertThat(page(get("/identification")
                        .flashAttr("success", "identification.decided.NOT_NOW")
                        .flashAttr("successArgs", "Reed family")
                        .with(earlyHelpManager())))
                .contains("govuk-notification-banner--success")
                .contains("You decided not to refer Reed family now");
    }

    @Test
    void aReferralsBannerLinksToTheFamilyOrToConfirmingTheHousehold() throws Exception {
        CASE_SERVICE.status("POST", CANDIDATES + "/" + REED + "/decision", 204);
        CASE_SERVICE.status("POST", CANDIDATES + "/" + HOUSEHOLD + "/decision", 204);

        mvc.perform(post("/identification/" + REED + "/decision")
                        .param("decision", "REFER")
                        .param("reason", "Both criteria and the school's concern")
                        .with(csrf())
                        .with(earlyHelpManager()))
                .andExpect(flash().attribute("referHref", "/families/" + REED_FAMILY));
        mvc.perform(post("/identification/" + HOUSEHOLD + "/decision")
                        .param("decision", "REFER")
                        .param("reason", "A need shown")
                        .with(csrf())
                        .with(earlyHelpManager()))
                .andExpect(flash().attribute("referHref", "/identification/" + HOUSEHOLD + "/household"))
                .andExpect(flash().attribute("referText", "Confirm Hill as a family, then make the referral"));

        assertThat(page(get("/identification")
                        .flashAttr("success", "identification.decided.REFER")
                        .flashAttr("successArgs", "Reed family")
                        .flashAttr("referHref", "/families/" + REED_FAMILY)
                        .flashAttr("referText", "Go to the family page of Reed family to make the referral")
                        .with(earlyHelpManager())))
                .contains("You decided to refer Reed family for early help")
                .containsPattern(
                        "href=\"/families/" + REED_FAMILY
                                + "\" data-testid=\"refer-link\">Go to the family page of Reed family to make the referral</a>");
    }

    @Test
    void putsCaseServicesFieldErrorsAndRefusalsAgainstTheReason() throws Exception {
        CASE_SERVICE.json(
                "POST",
                CANDIDATES + "/" + REED + "/decision",
                400,
                "{\"status\":400,\"detail\":\"Invalid request\",\"errors\":[{\"field\":\"reason\","
                        + "\"message\":\"Enter the reason for the decision\"}]}");
        assertThat(page(decide("NOT_NOW", "Already supported")))
                .contains("<a href=\"#reason\">Enter the reason for the decision</a>");

        CASE_SERVICE.json(
                "POST",
                CANDIDATES + "/" + REED + "/decision",
                422,
                "{\"status\":422,\"code\":\"already-decided\",\"detail\":\"You decided this for the same reason"
                        + " already\"}");
        assertThat(page(decide("NOT_NOW", "Already supported")))
                .contains("<a href=\"#reason\">You decided this for the same reason already</a>");

        CASE_SERVICE.json(
                "POST",
                CANDIDATES + "/" + REED + "/decision",
                422,
                "{\"status\":422,\"code\":\"early-help-managers-only\",\"detail\":\"Only early-help managers decide\"}");
        assertThat(page(decide("NOT_NOW", "Already supported")))
                .contains("There is a problem")
                .contains("<span>Only early-help managers decide</span>");
    }

    @Test
    void aCandidateGoneFromTheListWhenDecidedSendsTheManagerBackToTheList() throws Exception {
        CASE_SERVICE.json(
                "POST",
                CANDIDATES + "/" + REED + "/decision",
                404,
                "{\"status\":404,\"detail\":\"no such candidate on your list today\"}");

        mvc.perform(decide("NOT_NOW", "Already supported"))
                .andExpect(redirectedUrl("/identification"))
                .andExpect(flash().attribute("important", "identification.gone"));
    }

    // ---- a household -----------------------------------------------------------------------------------------------

    @Test
    void suggestsTheHouseholdsFamilyNameAndRegistersItAsAFamily() throws Exception {
        assertThat(page(get("/identification/" + HOUSEHOLD + "/household").with(earlyHelpManager())))
                .contains("Confirm Hill as a family")
                .contains("value=\"Hill family\"")
                .contains("Lee Hill, born 1 March 1990");
        CASE_SERVICE.json("POST", CANDIDATES + "/" + HOUSEHOLD + "/household", 201, "{\"id\":\"f-new\"}");

        mvc.perform(post("/identification/" + HOUSEHOLD + "/household")
                        .param("name", " The Hill family ")
                        .with(csrf())
                        .with(earlyHelpManager()))
                .andExpect(redirectedUrl("/families/f-new"))
                .andExpect(flash().attribute("success", "identification.household.confirmed"))
                .andExpect(flash().attribute("successArgs", "The Hill family"));

        assertThat(CASE_SERVICE
                        .received("POST", CANDIDATES + "/" + HOUSEHOLD + "/household")
                        .get(0)
                        .text())
                .isEqualTo("{\"name\":\"The Hill family\"}");
    }

    @Test
    void refusesAHouseholdWithoutANameAndShowsCaseServicesRefusal() throws Exception {
        assertThat(page(post("/identification/" + HOUSEHOLD + "/household")
                        .param("name", "")
                        .with(csrf())
                        .with(earlyHelpManager())))
                .contains("<a href=\"#name\">Enter the family&#39;s name</a>");
        CASE_SERVICE.json(
                "POST",
                CANDIDATES + "/" + HOUSEHOLD + "/household",
                422,
                "{\"status\":422,\"code\":\"not-a-household\",\"detail\":\"This candidate is a registered family"
                        + " already, not a household to confirm\"}");
        assertThat(page(post("/identification/" + HOUSEHOLD + "/household")
                        .param("name", "Hill family")
                        .with(csrf())
                        .with(earlyHelpManager())))
                .contains("This candidate is a registered family already, not a household to confirm");
    }

    @Test
    void aRegisteredFamilyIsNoHouseholdToConfirm() throws Exception {
        mvc.perform(get("/identification/" + REED + "/household").with(earlyHelpManager()))
                .andExpect(status().isNotFound());
        assertThat(CASE_SERVICE.received("POST", CANDIDATES + "/" + REED + "/household"))
                .isEmpty();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private RequestBuilder decide(String decision, String reason) {
        return post("/identification/" + REED + "/decision")
                .param("decision", decision)
                .param("reason", reason)
                .with(csrf())
                .with(earlyHelpManager());
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static OidcLoginRequestPostProcessor earlyHelpManager() {
        return user("EARLY_HELP", "TEAM_MANAGER");
    }

    private static OidcLoginRequestPostProcessor user(String agencyKind, String... roles) {
        return oidcLogin().idToken(token -> token.subject(MANAGER)).userInfoToken(info -> {
            info.subject(MANAGER)
                    .claim("name", "Mo Ahmed")
                    .claim("agency", "southampton-early-help")
                    .claim("agency_name", "Southampton Early Help")
                    .claim("roles", List.of(roles));
            if (agencyKind != null) {
                info.claim("agency_kind", agencyKind);
            }
        });
    }

    private static String list(String... candidates) {
        return "{\"asOf\":\"2026-12-04\",\"criteriaNeeded\":3,\"total\":" + candidates.length + ",\"candidates\":["
                + String.join(",", candidates) + "]}";
    }

    private static String decision(String decision) {
        return "{\"decision\":\"" + decision + "\",\"reason\":\"The school is already working with Tyler.\","
                + "\"decidedBy\":\"Mo Ahmed\",\"decidedOn\":\"2026-12-03\"}";
    }

    private static String reed(int withheld, String decision) {
        return "{\"candidateId\":\"" + REED + "\",\"kind\":\"FAMILY\",\"familyId\":\"" + REED_FAMILY + "\","
                + "\"name\":\"Reed family\",\"members\":["
                + "{\"personId\":\"p-dean\",\"givenNames\":\"Dean\",\"familyName\":\"Reed\",\"dateOfBirth\":\"1986-05-02\"},"
                + "{\"personId\":\"p-tyler\",\"givenNames\":\"Tyler\",\"familyName\":\"Reed\",\"dateOfBirth\":\"2012-09-14\"}],"
                + "\"criteria\":["
                + "{\"criterion\":\"crime\",\"label\":\"Crime and anti-social behaviour\",\"met\":true,"
                + "\"reasons\":[\"A child given an anti-social behaviour intervention in the last 12 months\"],"
                + "\"facts\":[{\"personId\":\"p-tyler\",\"kind\":\"AntiSocialBehaviourInterventionGiven\",\"occurredOn\":\"2026-11-02\"}]},"
                + "{\"criterion\":\"education\",\"label\":\"Education\",\"met\":false,\"reasons\":[],\"facts\":[]},"
                + "{\"criterion\":\"work\",\"label\":\"Work\",\"met\":true,"
                + "\"reasons\":[\"An adult on an out-of-work benefit\"],"
                + "\"facts\":[{\"personId\":\"p-dean\",\"kind\":\"BenefitClaimStarted\",\"occurredOn\":\"2026-10-05\"}]},"
                + "{\"criterion\":\"local\",\"label\":\"Local discretion\",\"met\":false,\"reasons\":[],\"facts\":[]}],"
                + "\"criteriaMet\":2,\"supportingFamiliesNeeds\":[{\"need\":\"education\",\"label\":\"Getting a good education\","
                + "\"facts\":[]}],\"factsWithheld\":" + withheld + ",\"decision\":" + decision + "}";
    }

    private static String household(String decision) {
        return "{\"candidateId\":\"" + HOUSEHOLD + "\",\"kind\":\"HOUSEHOLD\",\"familyId\":null,\"name\":\"Hill\","
                + "\"members\":[{\"personId\":\"p-lee\",\"givenNames\":\"Lee\",\"familyName\":\"Hill\",\"dateOfBirth\":\"1990-03-01\"},"
                + "{\"personId\":\"p-amy\",\"givenNames\":\"Amy\",\"familyName\":\"Hill\",\"dateOfBirth\":null}],"
                + "\"criteria\":[],\"criteriaMet\":0,\"supportingFamiliesNeeds\":[{\"need\":\"work\",\"label\":\"Worklessness\","
                + "\"facts\":[{\"personId\":\"p-lee\",\"kind\":\"BenefitClaimStarted\",\"occurredOn\":\"2026-09-01\"}]}],"
                + "\"factsWithheld\":0,\"decision\":" + decision + "}";
    }
}
