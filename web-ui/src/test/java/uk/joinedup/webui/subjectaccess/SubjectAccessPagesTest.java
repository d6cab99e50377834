package uk.joinedup.webui.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The subject access pages through web-ui's whole stack against a stub of case-service over HTTP: the open requests
 * with their statutory deadlines, starting a request and case-service's refusals on the form, and a request's page
 * with the response as it stands, a redacted item showing its reason and never its content, on the page and in the
 * PDF to send.
 */
@SpringBootTest(properties = {"joinedup.identity.issuer=https://identity.example", "joinedup.identity.client-secret=s"})
@AutoConfigureMockMvc
class SubjectAccessPagesTest {

    private static final StubCaseService CASE_SERVICE = new StubCaseService();
    private static final String OFFICER = "chris.ward";
    private static final String ID = "5b0c2f4e-1d7a-4c1e-9a4b-2f6f7d8e9a10";
    private static final String PERSON = "p-deborah";
    private static final String PATH = "/api/subject-access-requests";

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
        CASE_SERVICE.json("GET", PATH, 200, "[]");
        SignedInToCaseService.as(OFFICER, authorizedClients, registrations);
    }

    // ---- the open requests --------------------------------------------------------------------------------------

    @Test
    void saysWhenNoRequestIsOpen() throws Exception {
        assertThat(page(get("/subject-access-requests").with(officer())))
                .contains("<h1 class=\"govuk-heading-l\">Subject access requests</h1>")
                .contains("No open requests")
                .contains("href=\"/subject-access-requests/new\"")
                .doesNotContain("data-testid=\"requests\"");
    }

    @Test
    void listsTheOpenRequestsWithTheirStatutoryDeadlinesAndDaysLeftOverdueInRed() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        CASE_SERVICE.json(
                "GET",
                PATH,
                200,
                "[" + request("overdue", "2026-10-01", today.minusDays(3), "OPEN") + ","
                        + request(ID, "2026-11-20", today.plusDays(12), "OPEN") + "]");

        String page = page(get("/subject-access-requests").with(officer()));

        assertThat(page)
                .contains(
                        "<caption class=\"govuk-table__caption govuk-visually-hidden\">Open requests, soonest due first</caption>")
                .contains("<th scope=\"col\" class=\"govuk-table__header\">Statutory deadline</th>")
                .contains("href=\"/subject-access-requests/" + ID + "\"")
                .contains("20 November 2026")
                .contains(date(today.plusDays(12)))
                .contains("12 days left")
                .containsPattern("govuk-tag--red\">\\s*Overdue by 3 days")
                .doesNotContain("No open requests");
        assertThat(page.indexOf("Overdue by 3 days")).isLessThan(page.indexOf("12 days left"));
    }

    @Test
    void onlyInformationGovernanceOfficersAreOfferedSubjectAccessRequests() throws Exception {
        assertThat(page(get("/signed-out").with(officer()))).contains("href=\"/subject-access-requests\"");
        assertThat(page(get("/signed-out").with(withRoles("KEYWORKER", "TEAM_MANAGER", "DATA_OFFICER"))))
                .doesNotContain("href=\"/subject-access-requests\"");
    }

    @Test
    void anyoneElseIsRefusedAsCaseServiceRefusesThem() throws Exception {
        CASE_SERVICE.json(
                "GET",
                PATH,
                403,
                "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"not an information-governance officer\"}");

        mvc.perform(get("/subject-access-requests").with(withRoles("KEYWORKER")))
                .andExpect(status().isForbidden());
    }

    // ---- starting a request -------------------------------------------------------------------------------------

    @Test
    void theStartFormAsksWhoAskedHowTheyWereIdentifiedAndWhen() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        assertThat(page(get("/subject-access-requests/new").with(officer())))
                .contains("<h1 class=\"govuk-heading-l\">Start a subject access request</h1>")
                .contains("for=\"personId\"")
                .contains("value=\"PARENT_OR_GUARDIAN\"")
                .contains("value=\"SIGNED_AUTHORITY\"")
                .contains("name=\"receivedOn.day\"")
                .containsPattern("name=\"receivedOn.year\"[^>]*value=\"" + today.getYear() + "\"");
    }

    @Test
    void startsARequestAndGoesToItsPage() throws Exception {
        CASE_SERVICE.json("POST", PATH, 201, "{\"id\":\"" + ID + "\"}");

        mvc.perform(post("/subject-access-requests")
                        .param("personId", " " + PERSON + " ")
                        .param("requester", "THE_PERSON")
                        .param("identityCheck", "PHOTO_IDENTIFICATION")
                        .param("identityNote", "Passport seen")
                        .param("receivedOn.day", "1")
                        .param("receivedOn.month", "12")
                        .param("receivedOn.year", "2026")
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/subject-access-requests/" + ID))
                .andExpect(flash().attribute("success", "subjectAccess.started"));

        assertThat(CASE_SERVICE.received("POST", PATH).get(0).text())
                .contains("\"personId\":\"" + PERSON + "\"")
                .contains("\"requester\":\"THE_PERSON\"")
                .contains("\"identityCheck\":\"PHOTO_IDENTIFICATION\"")
                .contains("\"receivedOn\":\"2026-12-01\"");
    }

    @Test
    void putsCaseServicesFieldErrorsAndRefusalsOnTheForm() throws Exception {
        CASE_SERVICE.json(
                "POST",
                PATH,
                400,
                "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Invalid request\",\"errors\":["
                        + "{\"field\":\"requester\",\"message\":\"Say who asked\"},"
                        + "{\"field\":\"identityCheck\",\"message\":\"Say how their identity was checked\"}]}");

        String page = page(post("/subject-access-requests")
                .param("personId", PERSON)
                .param("receivedOn.day", "1")
                .param("receivedOn.month", "12")
                .param("receivedOn.year", "2026")
                .with(csrf())
                .with(officer()));

        assertThat(page)
                .contains("<title>Error: ")
                .contains("There is a problem")
                .contains("<a href=\"#requester\">Say who asked</a>")
                .contains("<a href=\"#identityCheck\">Say how their identity was checked</a>")
                .contains("id=\"requester-error\"")
                .as("what was typed stays")
                .containsPattern("id=\"personId\"[^>]*value=\"" + PERSON + "\"");

        CASE_SERVICE.json(
                "POST",
                PATH,
                422,
                "{\"title\":\"Unprocessable\",\"status\":422,\"code\":\"person-not-registered\","
                        + "\"detail\":\"No one is registered with this id\"}");
        assertThat(page(post("/subject-access-requests")
                        .param("personId", "nobody")
                        .param("requester", "THE_PERSON")
                        .param("identityCheck", "DOCUMENTS")
                        .param("receivedOn.day", "1")
                        .param("receivedOn.month", "12")
                        .param("receivedOn.year", "2026")
                        .with(csrf())
                        .with(officer())))
                .contains("<a href=\"#personId\">No one is registered with this id</a>")
                .contains("id=\"personId-error\"");
    }

    @Test
    void aDayNotTypedIsAskedForBeforeAnythingIsSent() throws Exception {
        assertThat(page(post("/subject-access-requests")
                        .param("personId", PERSON)
                        .param("requester", "THE_PERSON")
                        .param("identityCheck", "DOCUMENTS")
                        .with(csrf())
                        .with(officer())))
                .contains("Enter the day the request was received");
        assertThat(CASE_SERVICE.received("POST", PATH)).isEmpty();
    }

    // ---- a request's page --------------------------------------------------------------------------------------

    @Test
    void showsTheResponseWithARedactedItemsReasonAndNeverItsContent() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        CASE_SERVICE
                .json("GET", PATH + "/" + ID, 200, request(ID, "2026-11-20", today.plusDays(12), "OPEN"))
                .json("GET", PATH + "/" + ID + "/response", 200, response(today.plusDays(12)));

        String page = page(get("/subject-access-requests/" + ID).with(officer()));

        assertThat(page)
                .contains("<h1 class=\"govuk-heading-l\">Deborah Hill</h1>")
                .contains("Statutory deadline: " + date(today.plusDays(12)))
                .contains("12 days left")
                .contains("Passport seen")
                .contains("Recorded by Southampton Education Welfare Service")
                .contains("Excluded from school")
                .contains("Fixed term")
                .contains(">Redacted<")
                .contains("It is about another person: their exclusion is theirs")
                .doesNotContain("Sibling exclusion secret")
                .contains("Partly redacted")
                .contains("[name redacted]")
                .contains("Released by an officer")
                .contains("Chris Ward: She already knows her son")
                .contains("The Hill family")
                .as("values case-service sends put into words")
                .contains("<dd class=\"govuk-summary-list__value\">Female</dd>")
                .contains("<dd class=\"govuk-summary-list__value\">Parent</dd>")
                .contains(
                        "<caption class=\"govuk-table__caption govuk-table__caption--s\">History of their identity record</caption>")
                .contains("Sam Patel");
        assertThat(CASE_SERVICE.received("GET", PATH + "/" + ID + "/response")).hasSize(1);
    }

    @Test
    void showsKindsOfItemAndFieldNamesInWords() throws Exception {
        openRequestWithResponse();

        assertThat(page(get("/subject-access-requests/" + ID).with(officer())))
                .as("a kind the bundle has no words for, split into words")
                .contains("Member added")
                .doesNotContain("MemberAdded")
                .as("a field named in the bundle")
                .contains("<dt class=\"govuk-summary-list__key\">Recorded by</dt>")
                .doesNotContain("recordedByPractitioner")
                .as("a fact's type, which is its kind, not said twice")
                .doesNotContain("<dt class=\"govuk-summary-list__key\">Type</dt>")
                .as("a field the bundle has no words for")
                .contains("<dt class=\"govuk-summary-list__key\">Member</dt>")
                .as("the access log as its own page says it")
                .contains("Viewed a person&#39;s record")
                .contains("<li>Education: consent</li>")
                .contains("href=\"/subject-access-requests/" + ID + "/response.pdf\"")
                .contains("Download PDF");
    }

    // ---- the PDF to send ----------------------------------------------------------------------------------------

    @Test
    void downloadsTheResponseAsATaggedPdfWithARedactedItemsReasonAndNeverItsContent() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        openRequestWithResponse();

        byte[] pdf = mvc.perform(
                        get("/subject-access-requests/" + ID + "/response.pdf").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string(
                                "Content-Disposition", "attachment; filename=\"subject-access-" + ID + ".pdf\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Deborah Hill")
                    .contains("Statutory deadline: " + date(today.plusDays(12)))
                    .contains("Produced: ")
                    .contains("Excluded from school")
                    .contains("Fixed term")
                    .contains("Recorded by: Jo Bloggs")
                    .contains("Redacted")
                    .contains("It is about another person: their exclusion is theirs")
                    .doesNotContain("Sibling exclusion secret")
                    .contains("Partly redacted")
                    .contains("[name redacted]")
                    .contains("Released by an officer")
                    .contains("Chris Ward: She already knows her son")
                    .contains("Member added")
                    .doesNotContain("MemberAdded")
                    .contains("Viewed a person's record")
                    .contains("Education: consent");
            PDFTextStripper inReadingOrder = new PDFTextStripper();
            inReadingOrder.setSortByPosition(true);
            assertThat(inReadingOrder.getText(document))
                    .as("numbered pages, by the stylesheet")
                    .containsPattern("Page 1 of \\d+");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("tagged, for screen readers")
                    .isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Subject access request: the information held about Deborah Hill");
        }
        assertThat(CASE_SERVICE.received("GET", PATH + "/" + ID + "/response"))
                .as("assembled, and so logged, by case-service")
                .hasSize(1);
    }

    @Test
    void anyoneButAnInformationGovernanceOfficerIsRefusedThePdfAsCaseServiceRefusesThem() throws Exception {
        String refused =
                "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"not an information-governance officer\"}";
        CASE_SERVICE
                .json("GET", PATH + "/" + ID, 403, refused)
                .json("GET", PATH + "/" + ID + "/response", 403, refused);

        mvc.perform(get("/subject-access-requests/" + ID + "/response.pdf").with(withRoles("KEYWORKER")))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Content-Disposition"));
    }

    // ---- decisions on a request -----------------------------------------------------------------------------------

    @Test
    void anOpenRequestsPageOffersToReleaseRedactedItemsRedactReleasedOnesAgainReleaseAndClose() throws Exception {
        openRequestWithResponse();

        String page = page(get("/subject-access-requests/" + ID).with(officer()));

        assertThat(page)
                .contains("href=\"/subject-access-requests/" + ID + "/items/item-f2/override\"")
                .contains("href=\"/subject-access-requests/" + ID + "/items/item-f3/override\"")
                .contains("action=\"/subject-access-requests/" + ID + "/items/item-m1/restore\"")
                .contains("action=\"/subject-access-requests/" + ID + "/release\"")
                .contains("href=\"/subject-access-requests/" + ID + "/close\"")
                .containsPattern("name=\"version\" value=\"3\"")
                .doesNotContain("href=\"/subject-access-requests/" + ID + "/items/item-f1/override\"");
    }

    @Test
    void aRequestNoLongerOpenOffersNoDecisions() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        CASE_SERVICE
                .json("GET", PATH + "/" + ID, 200, request(ID, "2026-11-20", today.plusDays(12), "RELEASED"))
                .json("GET", PATH + "/" + ID + "/response", 200, response(today.plusDays(12)));

        assertThat(page(get("/subject-access-requests/" + ID).with(officer())))
                .contains("Released")
                .doesNotContain("/override\"")
                .doesNotContain("/restore\"")
                .doesNotContain("data-testid=\"decisions\"");
    }

    @Test
    void releasesARedactedItemWithANoteAndTheVersionThePageWasBuiltFrom() throws Exception {
        openRequestWithResponse();
        CASE_SERVICE.status("POST", PATH + "/" + ID + "/overrides", 204);

        assertThat(page(get("/subject-access-requests/" + ID + "/items/item-f2/override")
                        .with(officer())))
                .contains("<h1 class=\"govuk-heading-l\">Release a redacted item</h1>")
                .contains("It is about another person: their exclusion is theirs")
                .doesNotContain("Sibling exclusion secret")
                .containsPattern("name=\"version\" value=\"3\"");

        mvc.perform(post("/subject-access-requests/" + ID + "/items/item-f2/override")
                        .param("version", "3")
                        .param("words", " She already knows ")
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/subject-access-requests/" + ID))
                .andExpect(flash().attribute("success", "subjectAccess.overridden.done"));
        assertThat(CASE_SERVICE
                        .received("POST", PATH + "/" + ID + "/overrides")
                        .get(0)
                        .text())
                .contains("\"expectedVersion\":3")
                .contains("\"itemId\":\"item-f2\"")
                .contains("\"note\":\"She already knows\"");
    }

    @Test
    void anOverrideWithoutANoteIsAskedForAndNotSent() throws Exception {
        openRequestWithResponse();

        assertThat(page(post("/subject-access-requests/" + ID + "/items/item-f2/override")
                        .param("version", "3")
                        .param("words", " ")
                        .with(csrf())
                        .with(officer())))
                .contains("There is a problem")
                .contains("<a href=\"#words\">Enter why</a>");
        assertThat(CASE_SERVICE.received("POST", PATH + "/" + ID + "/overrides"))
                .isEmpty();
    }

    @Test
    void aDecisionOnAVersionSomeoneElseChangedSaysSoOnTheRequestsPageAsItIsNow() throws Exception {
        openRequestWithResponse();
        CASE_SERVICE.json(
                "POST",
                PATH + "/" + ID + "/overrides",
                409,
                "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"The request changed\"}");
        CASE_SERVICE.json(
                "POST",
                PATH + "/" + ID + "/release",
                409,
                "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"The request changed\"}");

        mvc.perform(post("/subject-access-requests/" + ID + "/items/item-f2/override")
                        .param("version", "2")
                        .param("words", "She already knows")
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/subject-access-requests/" + ID))
                .andExpect(flash().attribute("important", "subjectAccess.conflict"));
        mvc.perform(post("/subject-access-requests/" + ID + "/release")
                        .param("version", "2")
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/subject-access-requests/" + ID))
                .andExpect(flash().attribute("important", "subjectAccess.conflict"));
        assertThat(CASE_SERVICE
                        .received("POST", PATH + "/" + ID + "/release")
                        .get(0)
                        .text())
                .contains("\"expectedVersion\":2");

        assertThat(page(get("/subject-access-requests/" + ID)
                        .flashAttr("important", "subjectAccess.conflict")
                        .with(officer())))
                .contains("Important")
                .contains("Someone else changed this request since you opened it.");
    }

    @Test
    void redactsAReleasedItemAgainAndReleasesTheResponse() throws Exception {
        openRequestWithResponse();
        CASE_SERVICE
                .status("POST", PATH + "/" + ID + "/restorations", 204)
                .status("POST", PATH + "/" + ID + "/release", 204);

        mvc.perform(post("/subject-access-requests/" + ID + "/items/item-m1/restore")
                        .param("version", "3")
                        .with(csrf())
                        .with(officer()))
                .andExpect(flash().attribute("success", "subjectAccess.restored"));
        mvc.perform(post("/subject-access-requests/" + ID + "/release")
                        .param("version", "4")
                        .with(csrf())
                        .with(officer()))
                .andExpect(flash().attribute("success", "subjectAccess.released"));

        assertThat(CASE_SERVICE
                        .received("POST", PATH + "/" + ID + "/restorations")
                        .get(0)
                        .text())
                .contains("\"expectedVersion\":3")
                .contains("\"itemId\":\"item-m1\"");
        assertThat(CASE_SERVICE
                        .received("POST", PATH + "/" + ID + "/release")
                        .get(0)
                        .text())
                .contains("\"expectedVersion\":4");
    }

    @Test
    void closesARequestForAReasonAndAsksForOneFirst() throws Exception {
        openRequestWithResponse();
        CASE_SERVICE.status("POST", PATH + "/" + ID + "/closure", 204);

        assertThat(page(get("/subject-access-requests/" + ID + "/close").with(officer())))
                .contains("<h1 class=\"govuk-heading-l\">Close the request without a response</h1>")
                .containsPattern("name=\"version\" value=\"3\"");
        assertThat(page(post("/subject-access-requests/" + ID + "/close")
                        .param("version", "3")
                        .with(csrf())
                        .with(officer())))
                .contains("<a href=\"#words\">Enter why</a>");
        assertThat(CASE_SERVICE.received("POST", PATH + "/" + ID + "/closure")).isEmpty();

        mvc.perform(post("/subject-access-requests/" + ID + "/close")
                        .param("version", "3")
                        .param("words", "Withdrawn by the requester")
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/subject-access-requests/" + ID))
                .andExpect(flash().attribute("success", "subjectAccess.closed"));
        assertThat(CASE_SERVICE
                        .received("POST", PATH + "/" + ID + "/closure")
                        .get(0)
                        .text())
                .contains("\"expectedVersion\":3")
                .contains("\"reason\":\"Withdrawn by the requester\"");
    }

    // ---- extending the deadline --------------------------------------------------------------------------------

    @Test
    void anExtendedRequestShowsItsDeadlineExtendedFromTheStatutoryOneWithWhyByWhomAndOverdueInRed() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        extendedOverdueRequestWithResponse();

        String page = page(get("/subject-access-requests/" + ID).with(officer()));

        assertThat(page)
                .contains("Deadline: " + date(today.minusDays(2)))
                .doesNotContain("Statutory deadline: ")
                .contains("Extended from " + date(today.minusDays(2).minusMonths(2)) + " (complex request)")
                .containsPattern("govuk-tag--red\">\\s*Overdue by 2 days")
                .contains("By 2 months, to " + date(today.minusDays(2)) + ", on "
                        + date(today.minusDays(2).minusMonths(3).plusDays(5)) + " by Chris Ward")
                .contains("The request is complex: Records held by six agencies")
                .as("extended by the two further months allowed")
                .doesNotContain("/extend\"");
    }

    @Test
    void anOpenRequestOffersToExtendItsDeadlineOnlyInItsFirstMonth() throws Exception {
        openRequestWithResponse();
        assertThat(page(get("/subject-access-requests/" + ID).with(officer())))
                .contains("href=\"/subject-access-requests/" + ID + "/extend\"")
                .contains("Statutory deadline: ");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        CASE_SERVICE.json(
                "GET",
                PATH + "/" + ID,
                200,
                request(ID, today.minusMonths(1).minusDays(1).toString(), today.minusDays(1), "OPEN"));
        assertThat(page(get("/subject-access-requests/" + ID).with(officer())))
                .as("the first month has passed")
                .doesNotContain("/extend\"")
                .contains("Overdue by 1 day");
    }

    @Test
    void extendsTheDeadlineWithTheReasonsAndTheVersionThePageWasBuiltFrom() throws Exception {
        openRequestWithResponse();
        CASE_SERVICE.status("POST", PATH + "/" + ID + "/extension", 204);

        assertThat(page(get("/subject-access-requests/" + ID + "/extend").with(officer())))
                .contains("<h1 class=\"govuk-heading-l\">Extend the deadline</h1>")
                .contains("value=\"COMPLEX\"")
                .contains("value=\"NUMEROUS_REQUESTS\"")
                .as("each choice of months with the deadline it sets, counted from the day received")
                .contains("Due on 20 January 2027")
                .contains("Due on 20 February 2027")
                .containsPattern("name=\"version\" value=\"3\"");

        mvc.perform(post("/subject-access-requests/" + ID + "/extend")
                        .param("version", "3")
                        .param("reason", "COMPLEX")
                        .param("months", "2")
                        .param("note", " Records held by six agencies ")
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/subject-access-requests/" + ID))
                .andExpect(flash().attribute("success", "subjectAccess.extended"));
        assertThat(CASE_SERVICE
                        .received("POST", PATH + "/" + ID + "/extension")
                        .get(0)
                        .text())
                .contains("\"expectedVersion\":3")
                .contains("\"months\":2")
                .contains("\"reason\":\"COMPLEX\"")
                .contains("\"note\":\"Records held by six agencies\"");
    }

    @Test
    void anExtendedDeadlineIsExtendedOnlyByTheMonthsStillAllowed() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String extensions = "[{\"months\":1,\"reason\":\"NUMEROUS_REQUESTS\",\"note\":\"Three requests\","
                + "\"decidedBy\":\"Chris Ward\",\"decidedOn\":\"" + today + "\",\"dueBy\":\""
                + today.plusMonths(1).plusDays(12)
                + "\"}]";
        CASE_SERVICE.json(
                "GET",
                PATH + "/" + ID,
                200,
                request(ID, "2026-11-20", today.plusMonths(1).plusDays(12), today.plusDays(12), extensions, "OPEN"));

        assertThat(page(get("/subject-access-requests/" + ID + "/extend").with(officer())))
                .contains("One further month")
                .contains("Due on 20 February 2027")
                .doesNotContain("Two further months");
    }

    @Test
    void anExtensionOfAVersionSomeoneElseChangedSaysSoOnTheRequestsPage() throws Exception {
        openRequestWithResponse();
        CASE_SERVICE.json(
                "POST",
                PATH + "/" + ID + "/extension",
                409,
                "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"The request changed\"}");

        mvc.perform(post("/subject-access-requests/" + ID + "/extend")
                        .param("version", "2")
                        .param("reason", "NUMEROUS_REQUESTS")
                        .param("months", "1")
                        .param("note", "Three requests")
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/subject-access-requests/" + ID))
                .andExpect(flash().attribute("important", "subjectAccess.conflict"));
        assertThat(CASE_SERVICE
                        .received("POST", PATH + "/" + ID + "/extension")
                        .get(0)
                        .text())
                .contains("\"expectedVersion\":2")
                .contains("\"reason\":\"NUMEROUS_REQUESTS\"");
    }

    @Test
    void anExtensionWithoutAReasonMonthsOrTheReasonsIsAskedForAndNotSent() throws Exception {
        openRequestWithResponse();

        assertThat(page(post("/subject-access-requests/" + ID + "/extend")
                        .param("version", "3")
                        .param("note", " ")
                        .with(csrf())
                        .with(officer())))
                .contains("<title>Error: ")
                .contains("There is a problem")
                .contains("<a href=\"#reason\">Select why the deadline is extended</a>")
                .contains("<a href=\"#months\">Select by how many further months</a>")
                .contains("<a href=\"#note\">Enter the reasons for the extension</a>")
                .contains("id=\"note-error\"");
        assertThat(CASE_SERVICE.received("POST", PATH + "/" + ID + "/extension"))
                .isEmpty();
    }

    @Test
    void putsCaseServicesRefusalOfAnExtensionOnTheForm() throws Exception {
        openRequestWithResponse();
        CASE_SERVICE.json(
                "POST",
                PATH + "/" + ID + "/extension",
                422,
                "{\"title\":\"Unprocessable\",\"status\":422,\"code\":\"extension-beyond-three-months\","
                        + "\"detail\":\"A deadline can be extended to three months after the request was received at most\"}");

        assertThat(page(post("/subject-access-requests/" + ID + "/extend")
                        .param("version", "3")
                        .param("reason", "COMPLEX")
                        .param("months", "2")
                        .param("note", "Records held by six agencies")
                        .with(csrf())
                        .with(officer())))
                .contains("<a href=\"#months\">A deadline can be extended to three months after the request was"
                        + " received at most</a>")
                .contains("id=\"months-error\"")
                .as("what was typed stays")
                .contains("Records held by six agencies</textarea>");

        CASE_SERVICE.json(
                "POST",
                PATH + "/" + ID + "/extension",
                422,
                "{\"title\":\"Unprocessable\",\"status\":422,\"code\":\"extension-after-first-month\","
                        + "\"detail\":\"The deadline can only be extended within the first month\"}");
        assertThat(page(post("/subject-access-requests/" + ID + "/extend")
                        .param("version", "3")
                        .param("reason", "COMPLEX")
                        .param("months", "1")
                        .param("note", "Records held by six agencies")
                        .with(csrf())
                        .with(officer())))
                .contains("There is a problem")
                .contains("The deadline can only be extended within the first month");
    }

    @Test
    void thePdfSaysTheDeadlineWasExtendedFromWhenAndWhy() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        extendedOverdueRequestWithResponse();

        byte[] pdf = mvc.perform(
                        get("/subject-access-requests/" + ID + "/response.pdf").with(officer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Deadline: " + date(today.minusDays(2)))
                    .contains("Extended from " + date(today.minusDays(2).minusMonths(2)) + " (complex request)")
                    .contains("Statutory deadline " + date(today.minusDays(2).minusMonths(2)))
                    .contains("By 2 months, to " + date(today.minusDays(2)) + ": The request is complex")
                    .contains("Records held by six agencies");
        }
    }

    private static void openRequestWithResponse() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        CASE_SERVICE
                .json("GET", PATH + "/" + ID, 200, request(ID, "2026-11-20", today.plusDays(12), "OPEN"))
                .json("GET", PATH + "/" + ID + "/response", 200, response(today.plusDays(12)));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static String date(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    private static String request(String id, String received, LocalDate dueBy, String status) {
        return request(id, received, dueBy, dueBy, "[]", status);
    }

    /** A request whose statutory deadline was {@code originalDueBy}, extended as {@code extensions} (JSON) say. */
    private static String request(
            String id, String received, LocalDate dueBy, LocalDate originalDueBy, String extensions, String status) {
        return "{\"requestId\":\"" + id + "\",\"personId\":\"" + PERSON + "\",\"requester\":\"THE_PERSON\","
                + "\"requesterName\":null,\"identityCheck\":\"PHOTO_IDENTIFICATION\",\"identityNote\":\"Passport seen\","
                + "\"receivedOn\":\"" + received + "\",\"dueBy\":\"" + dueBy + "\",\"originalDueBy\":\"" + originalDueBy
                + "\",\"daysLeft\":0,\"startedBy\":\"Chris Ward\","
                + "\"status\":\"" + status + "\",\"overrides\":{},\"extensions\":" + extensions
                + ",\"endedBy\":null,\"endedOn\":null,\"closedReason\":null,\"version\":3}";
    }

    /** Extended by two months for a complex request, now two days overdue. */
    private static void extendedOverdueRequestWithResponse() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate dueBy = today.minusDays(2);
        String extensions = "[{\"months\":2,\"reason\":\"COMPLEX\",\"note\":\"Records held by six agencies\","
                + "\"decidedBy\":\"Chris Ward\",\"decidedOn\":\""
                + dueBy.minusMonths(3).plusDays(5)
                + "\",\"dueBy\":\"" + dueBy + "\"}]";
        CASE_SERVICE
                .json(
                        "GET",
                        PATH + "/" + ID,
                        200,
                        request(ID, dueBy.minusMonths(3).toString(), dueBy, dueBy.minusMonths(2), extensions, "OPEN"))
                .json("GET", PATH + "/" + ID + "/response", 200, response(dueBy));
    }

    private static String response(LocalDate dueBy) {
        return "{\"requestId\":\"" + ID + "\",\"personId\":\"" + PERSON + "\",\"receivedOn\":\"2026-11-20\","
                + "\"dueBy\":\"" + dueBy
                + "\",\"status\":\"OPEN\",\"version\":3,\"assembledAt\":\"2026-12-04T09:30:00Z\","
                + "\"identity\":{\"givenNames\":\"Deborah\",\"familyName\":\"Hill\",\"dateOfBirth\":\"1985-05-01\","
                + "\"sexOrGender\":\"FEMALE\",\"address\":\"1 High Street, Southampton, SO14 2AA\","
                + "\"identifiers\":{\"NHS number\":\"943 476 5919\"},\"dateOfDeath\":null,"
                + "\"registeredBy\":\"Southampton Early Help\",\"history\":[{\"itemId\":\"item-h1\",\"kind\":\"PersonRegistered\","
                + "\"occurredOn\":\"2024-01-05\",\"recordedBy\":\"Southampton Early Help\",\"category\":\"IDENTITY\","
                + "\"content\":{},\"redaction\":null}]},"
                + "\"facts\":["
                + "{\"itemId\":\"item-f1\",\"kind\":\"ExcludedFromSchool\",\"occurredOn\":\"2026-03-03\","
                + "\"recordedBy\":\"Southampton Education Welfare Service\",\"category\":\"EDUCATION\","
                + "\"content\":{\"type\":\"ExcludedFromSchool\",\"exclusion\":\"Fixed term\",\"recordedByPractitioner\":\"Jo Bloggs\"},\"redaction\":null},"
                + "{\"itemId\":\"item-f2\",\"kind\":\"ExcludedFromSchool\",\"occurredOn\":null,\"recordedBy\":null,"
                + "\"category\":null,\"content\":{\"exclusion\":\"Sibling exclusion secret\"},\"redaction\":{\"how\":\"REMOVED\",\"reason\":\"It is about another person: their"
                + " exclusion is theirs\",\"fields\":[],\"overridden\":false,\"overrideNote\":null,\"overriddenBy\":null}},"
                + "{\"itemId\":\"item-f3\",\"kind\":\"Note\",\"occurredOn\":\"2026-04-01\",\"recordedBy\":\"Southampton Early Help\","
                + "\"category\":\"SOCIAL_CARE\",\"content\":{\"text\":\"Visited with [name redacted]\"},"
                + "\"redaction\":{\"how\":\"MARKED\",\"reason\":\"Other people's names are marked\",\"fields\":[\"text\"],"
                + "\"overridden\":false,\"overrideNote\":null,\"overriddenBy\":null}}],"
                + "\"families\":[{\"familyId\":\"f-1\",\"name\":\"The Hill family\",\"relationship\":\"PARENT\","
                + "\"joinedOn\":\"2024-01-05\",\"leftOn\":null,\"otherMembers\":2,\"items\":["
                + "{\"itemId\":\"item-m1\",\"kind\":\"MemberAdded\",\"occurredOn\":\"2024-01-05\",\"recordedBy\":\"Southampton Early Help\","
                + "\"category\":\"FAMILY\",\"content\":{\"member\":\"Jack Hill\"},\"redaction\":{\"how\":\"REMOVED\","
                + "\"reason\":\"It is about another person\",\"fields\":[],\"overridden\":true,"
                + "\"overrideNote\":\"She already knows her son\",\"overriddenBy\":\"Chris Ward\"}}]}],"
                + "\"consents\":[],\"emergencyAccess\":[],"
                + "\"accessLog\":[{\"sequence\":7,\"at\":\"2026-11-01T10:00:00Z\",\"userName\":\"Sam Patel\","
                + "\"agency\":\"Southampton Early Help\",\"what\":\"PERSON\",\"shown\":{\"EDUCATION\":[\"CONSENT\"]},"
                + "\"withheld\":{}}],\"redactionCount\":2}";
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
