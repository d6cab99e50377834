package uk.joinedup.webui.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
 * The erasure pages through web-ui's whole stack against a stub of case-service over HTTP: the list by status, an
 * erasure's page with what the officer may do, the confirmation before approving, holding with a reason, a note and
 * a review date (and the GOV.UK error summary), releasing a hold, and case-service's conflicts and refusals.
 */
@SpringBootTest(properties = {"joinedup.identity.issuer=https://identity.example", "joinedup.identity.client-secret=s"})
@AutoConfigureMockMvc
class ErasurePagesTest {

    private static final StubCaseService CASE_SERVICE = new StubCaseService();
    private static final String OFFICER = "chris.ward";
    private static final String PATH = "/api/erasures";
    private static final String ID = "erasure-family-f-1";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

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

    @BeforeEach
    void signedIn() {
        CASE_SERVICE.reset();
        CASE_SERVICE.json("GET", PATH, 200, list("", "", "", ""));
        SignedInToCaseService.as(OFFICER, authorizedClients, registrations);
    }

    // ---- the list ----------------------------------------------------------------------------------------------

    @Test
    void saysWhenNothingIsProposedHeldApprovedOrErased() throws Exception {
        assertThat(page(get("/erasures").with(officer())))
                .contains("<h1 class=\"govuk-heading-l\">Erasures</h1>")
                .contains("No erasures are waiting for a decision.")
                .contains("No erasures are on hold.")
                .contains("No approved erasure is waiting to be carried out.")
                .contains("No records have been erased this month.")
                .doesNotContain("data-testid=\"proposed\"");
    }

    @Test
    void listsProposalsWithTheDayRetentionEndedAndTheScheduleAndHoldsWithTheirReviewDate() throws Exception {
        CASE_SERVICE.json(
                "GET",
                PATH,
                200,
                list(
                        erasure(ID, "family", "f-1", "PROPOSED", null, null, 0),
                        erasure("erasure-person-p-2", "person", "p-2", "HELD", hold(), null, 1),
                        erasure("erasure-person-p-3", "person", "p-3", "APPROVED", null, "2032-06-02", 1),
                        ""));

        String page = page(get("/erasures").with(officer()));

        assertThat(page)
                .contains(
                        "<caption class=\"govuk-table__caption govuk-visually-hidden\">Proposed for erasure, earliest retention end first</caption>")
                .contains("href=\"/erasures/" + ID + "\"")
                .contains("Family f-1")
                .contains("31 May 2032")
                .contains("Early help family case")
                .contains("Person p-2")
                .contains("Legal hold")
                .contains(date(TODAY.plusMonths(6)))
                .contains("Chris Ward, 2 June 2032")
                .doesNotContain("No erasures are waiting for a decision.")
                .contains("No records have been erased this month.");
    }

    @Test
    void onlyInformationGovernanceOfficersAreOfferedErasures() throws Exception {
        assertThat(page(get("/signed-out").with(officer()))).contains("href=\"/erasures\"");
        assertThat(page(get("/signed-out").with(withRoles("KEYWORKER", "TEAM_MANAGER", "DATA_OFFICER"))))
                .doesNotContain("href=\"/erasures\"");
    }

    @Test
    void anyoneElseIsRefusedAsCaseServiceRefusesThem() throws Exception {
        CASE_SERVICE.json(
                "GET",
                PATH,
                403,
                "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"not an information-governance officer\"}");

        mvc.perform(get("/erasures").with(withRoles("KEYWORKER"))).andExpect(status().isForbidden());
    }

    // ---- an erasure and approving it --------------------------------------------------------------------------

    @Test
    void aProposalOffersApprovalAndAHoldAndAHeldErasureItsRelease() throws Exception {
        CASE_SERVICE.json("GET", PATH + "/" + ID, 200, erasure(ID, "family", "f-1", "PROPOSED", null, null, 0));
        assertThat(page(get("/erasures/" + ID).with(officer())))
                .contains("<h1 class=\"govuk-heading-l\">Family f-1</h1>")
                .contains("Proposed")
                .contains("href=\"/erasures/" + ID + "/approve\"")
                .contains("href=\"/erasures/" + ID + "/hold\"")
                .doesNotContain("href=\"/erasures/" + ID + "/release\"");

        CASE_SERVICE.json("GET", PATH + "/" + ID, 200, erasure(ID, "family", "f-1", "HELD", hold(), null, 1));
        assertThat(page(get("/erasures/" + ID).with(officer())))
                .contains("On hold")
                .contains("Litigation hold, legal ref 2032/17")
                .contains(date(TODAY.plusMonths(6)))
                .contains("href=\"/erasures/" + ID + "/release\"")
                .doesNotContain("href=\"/erasures/" + ID + "/approve\"");
    }

    @Test
    void aWithdrawnErasureSaysWhyAndOffersNothingToDecide() throws Exception {
        String withdrawn = erasure(ID, "person", "p-1", "WITHDRAWN", null, null, 1)
                .replace(",\"version\":1}", ",\"withdrawnOn\":\"" + TODAY + "\",\"version\":1}");
        CASE_SERVICE.json("GET", PATH + "/" + ID, 200, withdrawn);

        assertThat(page(get("/erasures/" + ID).with(officer())))
                .contains("Withdrawn")
                .contains(date(TODAY) + ", by the retention review: the record is no longer due for erasure")
                .doesNotContain("href=\"/erasures/" + ID + "/approve\"")
                .doesNotContain("href=\"/erasures/" + ID + "/hold\"")
                .doesNotContain("href=\"/erasures/" + ID + "/release\"");
    }

    @Test
    void asksForConfirmationThenApprovesWithTheVersionSeen() throws Exception {
        CASE_SERVICE
                .json("GET", PATH + "/" + ID, 200, erasure(ID, "family", "f-1", "PROPOSED", null, null, 2))
                .status("POST", PATH + "/" + ID + "/approval", 204);

        assertThat(page(get("/erasures/" + ID + "/approve").with(officer())))
                .contains("Are you sure you want to approve this erasure?")
                .contains("This cannot be undone.")
                .contains("Retention ended on 31 May 2032 under the schedule Early help family case.")
                .containsPattern("name=\"version\" value=\"2\"");

        mvc.perform(post("/erasures/" + ID + "/approve")
                        .param("version", "2")
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/erasures/" + ID))
                .andExpect(flash().attribute("success", "erasures.approved"));
        assertThat(CASE_SERVICE
                        .received("POST", PATH + "/" + ID + "/approval")
                        .get(0)
                        .text())
                .contains("\"expectedVersion\":2");
    }

    @Test
    void anApprovalOnAStaleOrRefusedErasureSaysWhyOnItsPage() throws Exception {
        CASE_SERVICE.json(
                "POST",
                PATH + "/" + ID + "/approval",
                409,
                "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"Someone else changed this record\"}");
        mvc.perform(post("/erasures/" + ID + "/approve")
                        .param("version", "0")
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/erasures/" + ID))
                .andExpect(flash().attribute("important", "erasures.conflict"));

        CASE_SERVICE.json(
                "POST",
                PATH + "/" + ID + "/approval",
                422,
                "{\"title\":\"Unprocessable\",\"status\":422,\"code\":\"erasure-on-hold\","
                        + "\"detail\":\"This erasure is on hold: release the hold before approving it\"}");
        mvc.perform(post("/erasures/" + ID + "/approve")
                        .param("version", "1")
                        .with(csrf())
                        .with(officer()))
                .andExpect(flash().attribute("important", "erasures.refused"))
                .andExpect(flash().attribute(
                                "importantArgs",
                                org.hamcrest.Matchers.arrayContaining(
                                        "This erasure is on hold: release the hold before approving it")));
    }

    // ---- holding and releasing --------------------------------------------------------------------------------

    @Test
    void theHoldFormAsksWhyWithANoteAndADayToReviewIt() throws Exception {
        CASE_SERVICE.json("GET", PATH + "/" + ID, 200, erasure(ID, "family", "f-1", "PROPOSED", null, null, 0));

        assertThat(page(get("/erasures/" + ID + "/hold").with(officer())))
                .contains("<h1 class=\"govuk-heading-l\">Hold the erasure</h1>")
                .contains("Family f-1")
                .contains("value=\"LEGAL_HOLD\"")
                .contains("value=\"ONGOING_PROCEEDINGS\"")
                .contains("value=\"OTHER\"")
                .contains("name=\"note\"")
                .contains("Give references, not names")
                .contains("name=\"reviewOn.day\"")
                .containsPattern("name=\"version\" value=\"0\"");
    }

    @Test
    void holdsWithAReasonNoteAndReviewDate() throws Exception {
        CASE_SERVICE
                .json("GET", PATH + "/" + ID, 200, erasure(ID, "family", "f-1", "PROPOSED", null, null, 0))
                .status("POST", PATH + "/" + ID + "/hold", 204);
        LocalDate reviewOn = TODAY.plusMonths(6);

        mvc.perform(post("/erasures/" + ID + "/hold")
                        .param("version", "0")
                        .param("reason", "LEGAL_HOLD")
                        .param("note", " Litigation hold, legal ref 2032/17 ")
                        .param("reviewOn.day", String.valueOf(reviewOn.getDayOfMonth()))
                        .param("reviewOn.month", String.valueOf(reviewOn.getMonthValue()))
                        .param("reviewOn.year", String.valueOf(reviewOn.getYear()))
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/erasures/" + ID))
                .andExpect(flash().attribute("success", "erasures.held"));

        assertThat(CASE_SERVICE
                        .received("POST", PATH + "/" + ID + "/hold")
                        .get(0)
                        .text())
                .contains("\"expectedVersion\":0")
                .contains("\"reason\":\"LEGAL_HOLD\"")
                .contains("\"note\":\"Litigation hold, legal ref 2032/17\"")
                .contains("\"reviewOn\":\"" + reviewOn + "\"");
    }

    @Test
    void anIncompleteHoldIsAnsweredWithTheErrorSummaryBeforeAnythingIsSent() throws Exception {
        CASE_SERVICE.json("GET", PATH + "/" + ID, 200, erasure(ID, "family", "f-1", "PROPOSED", null, null, 0));

        assertThat(page(post("/erasures/" + ID + "/hold")
                        .param("version", "0")
                        .with(csrf())
                        .with(officer())))
                .contains("<title>Error: ")
                .contains("There is a problem")
                .contains("<a href=\"#reason\">Select why the erasure is on hold</a>")
                .contains("<a href=\"#note\">Enter why the erasure is on hold</a>")
                .contains("<a href=\"#reviewOn-day\">Enter the date to review the hold</a>");

        assertThat(page(post("/erasures/" + ID + "/hold")
                        .param("version", "0")
                        .param("reason", "OTHER")
                        .param("note", "Checking with legal")
                        .param("reviewOn.day", String.valueOf(TODAY.getDayOfMonth()))
                        .param("reviewOn.month", String.valueOf(TODAY.getMonthValue()))
                        .param("reviewOn.year", String.valueOf(TODAY.getYear()))
                        .with(csrf())
                        .with(officer())))
                .contains("The date to review the hold must be in the future")
                .as("what was typed stays")
                .contains("Checking with legal");
        assertThat(CASE_SERVICE.received("POST", PATH + "/" + ID + "/hold")).isEmpty();
    }

    @Test
    void putsCaseServicesRefusalOnTheHoldForm() throws Exception {
        CASE_SERVICE
                .json("GET", PATH + "/" + ID, 200, erasure(ID, "family", "f-1", "PROPOSED", null, null, 0))
                .json(
                        "POST",
                        PATH + "/" + ID + "/hold",
                        422,
                        "{\"title\":\"Unprocessable\",\"status\":422,\"code\":\"erasure-already-approved\","
                                + "\"detail\":\"This erasure has already been approved\"}");
        LocalDate reviewOn = TODAY.plusDays(30);

        assertThat(page(post("/erasures/" + ID + "/hold")
                        .param("version", "0")
                        .param("reason", "OTHER")
                        .param("note", "Checking with legal")
                        .param("reviewOn.day", String.valueOf(reviewOn.getDayOfMonth()))
                        .param("reviewOn.month", String.valueOf(reviewOn.getMonthValue()))
                        .param("reviewOn.year", String.valueOf(reviewOn.getYear()))
                        .with(csrf())
                        .with(officer())))
                .contains("There is a problem")
                .contains("This erasure has already been approved");
    }

    @Test
    void releasesAHoldWithANoteAndAsksForOneFirst() throws Exception {
        CASE_SERVICE
                .json("GET", PATH + "/" + ID, 200, erasure(ID, "family", "f-1", "HELD", hold(), null, 1))
                .status("POST", PATH + "/" + ID + "/hold-release", 204);

        assertThat(page(get("/erasures/" + ID + "/release").with(officer())))
                .contains("<h1 class=\"govuk-heading-l\">Release the hold</h1>")
                .containsPattern("name=\"version\" value=\"1\"");
        assertThat(page(post("/erasures/" + ID + "/release")
                        .param("version", "1")
                        .with(csrf())
                        .with(officer())))
                .contains("<a href=\"#note\">Enter why the hold no longer applies</a>");
        assertThat(CASE_SERVICE.received("POST", PATH + "/" + ID + "/hold-release"))
                .isEmpty();

        mvc.perform(post("/erasures/" + ID + "/release")
                        .param("version", "1")
                        .param("note", "Proceedings concluded")
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/erasures/" + ID))
                .andExpect(flash().attribute("success", "erasures.released"));
        assertThat(CASE_SERVICE
                        .received("POST", PATH + "/" + ID + "/hold-release")
                        .get(0)
                        .text())
                .contains("\"expectedVersion\":1")
                .contains("\"note\":\"Proceedings concluded\"");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    private static String list(String proposed, String held, String approved, String completed) {
        return "{\"proposed\":[" + proposed + "],\"held\":[" + held + "],\"approved\":[" + approved
                + "],\"completedIn\":\"2032-06\",\"completed\":[" + completed + "]}";
    }

    private static String hold() {
        return "{\"reason\":\"LEGAL_HOLD\",\"note\":\"Litigation hold, legal ref 2032/17\",\"heldOn\":\"" + TODAY
                + "\",\"reviewOn\":\"" + TODAY.plusMonths(6) + "\",\"heldBy\":\"Chris Ward\"}";
    }

    private static String erasure(
            String id, String kind, String subjectId, String status, String hold, String approvedOn, long version) {
        return "{\"erasureId\":\"" + id + "\",\"subjectKind\":\"" + kind + "\",\"subjectId\":\"" + subjectId
                + "\",\"scheduleId\":\"early-help-family-case\",\"scheduleName\":\"Early help family case\","
                + "\"retentionEndedOn\":\"2032-05-31\",\"proposedOn\":\"2032-06-01\",\"status\":\"" + status + "\""
                + (hold == null ? "" : ",\"hold\":" + hold)
                + (approvedOn == null ? "" : ",\"approvedOn\":\"" + approvedOn + "\",\"approvedBy\":\"Chris Ward\"")
                + ",\"version\":" + version + "}";
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static OidcLoginRequestPostProcessor officer() {
        return withRoles("IG_OFFICER");
    }

    private static OidcLoginRequestPostProcessor withRoles(String... roles) {
        return SignedInToCaseService.chrisWard(roles);
    }
}
