package uk.joinedup.webui.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import uk.joinedup.webui.SignedInToCaseService;
import uk.joinedup.webui.StubCaseService;

/**
 * The data imports pages through web-ui's whole stack (security, controllers, templates and messages, the case-service
 * client and its problem translation) against a stub of case-service over HTTP: the upload form's refusals, the
 * import's page in each state, and deciding a row of the review queue.
 */
@SpringBootTest(properties = {"joinedup.identity.issuer=https://identity.example", "joinedup.identity.client-secret=s"})
@AutoConfigureMockMvc
class ImportPagesTest {

    private static final StubCaseService CASE_SERVICE = new StubCaseService();
    private static final String OFFICER = "nia.edwards";
    private static final String ID = "7d9f0c8e-5d8a-4f55-9a36-0c6d1d0f6a11";

    private static final String EXTRACT_TYPES =
            """
            [{"id":"school-attendance","name":"School attendance, per term","description":"Sessions attended and missed.",
              "fact":"TermAttendanceRecorded","createsPeople":true,"recordableByYourAgency":true,
              "columns":[{"name":"UPN","required":false,"meaning":"Unique pupil number","format":"13 characters, for example A123456789012"},
                         {"name":"Surname","required":true,"meaning":"Family name","format":"As the school holds it"}]},
             {"id":"offences","name":"Offences","description":"Offences charged.","fact":"OffenceCharged",
              "createsPeople":false,"recordableByYourAgency":false,"columns":[]}]
            """;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private OAuth2AuthorizedClientService authorizedClients;

    @Autowired
    private ClientRegistrationRepository registrations;

    @Autowired
    private MultipartProperties multipart;

    @DynamicPropertySource
    static void caseService(DynamicPropertyRegistry properties) {
        properties.add("joinedup.case-service.url", CASE_SERVICE::url);
    }

    /** The data officer signed in with an access token for case-service, as after sign-in. */
    @BeforeEach
    void signedIn() {
        CASE_SERVICE.reset();
        CASE_SERVICE
                .json("GET", "/api/imports/extract-types", 200, EXTRACT_TYPES)
                .json("GET", "/api/imports", 200, "[]")
                .json("GET", "/api/imports/review", 200, "{\"total\":0,\"rows\":[]}");
        SignedInToCaseService.as(OFFICER, authorizedClients, registrations);
    }

    // ---- the upload form and the list ------------------------------------------------------------------------

    @Test
    void listsTheKindsOfExtractWithTheirColumnsAndSaysWhenNothingWasUploaded() throws Exception {
        String page = page(get("/imports").with(dataOfficer()));

        assertThat(page)
                .contains("<h1 class=\"govuk-heading-l\">Data imports</h1>")
                .contains("enctype=\"multipart/form-data\"")
                .contains("class=\"govuk-file-upload\"")
                .contains("aria-describedby=\"file-hint\"")
                .containsPattern("id=\"extractType\"\\s+value=\"school-attendance\"")
                .contains("School attendance, per term")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">UPN</th>")
                .contains("13 characters, for example A123456789012")
                .contains("Sample: docs/examples/school-attendance.csv")
                .contains("Your agency does not record this")
                .contains("No extracts uploaded yet")
                .doesNotContain("data-testid=\"imports\"")
                .doesNotContain("http-equiv=\"refresh\"");
        assertThat(CASE_SERVICE.received("GET", "/api/imports").get(0).authorization())
                .isEqualTo("Bearer the-access-token");
    }

    @Test
    void listsTheAgencysImportsWithTheirStatus() throws Exception {
        CASE_SERVICE.json(
                "GET",
                "/api/imports",
                200,
                "[{\"importId\":\"" + ID
                        + "\",\"extractType\":\"school-attendance\",\"extractTypeName\":\"School attendance, per term\","
                        + "\"fileName\":\"attendance.csv\",\"uploadedBy\":\"Nia Edwards\",\"uploadedAt\":\"2026-12-03T09:30:00Z\","
                        + "\"status\":\"CHECKED\",\"rowsTotal\":120,\"rowsDone\":120},"
                        + "{\"importId\":\"other\",\"extractType\":\"school-attendance\","
                        + "\"extractTypeName\":\"School attendance, per term\",\"fileName\":\"wrong.csv\","
                        + "\"uploadedBy\":\"Nia Edwards\",\"uploadedAt\":\"2026-12-03T09:00:00Z\","
                        + "\"status\":\"DISCARDED\",\"rowsTotal\":120,\"rowsDone\":120}]");

        assertThat(page(get("/imports").with(dataOfficer())))
                .contains("href=\"/imports/" + ID + "\">attendance.csv</a>")
                .contains("Nia Edwards, 09:30 on 3 December 2026")
                .contains("Ready to import")
                .contains("<strong class=\"govuk-tag govuk-tag--grey\">Discarded</strong>")
                .doesNotContain("No extracts uploaded yet");
    }

    @Test
    void refusesAnUploadWithNoFileAndNoKindOfExtract() throws Exception {
        String page = page(multipart("/imports").with(csrf()).with(dataOfficer()));

        assertThat(page)
                .contains("<title>Error: Data imports")
                .contains("There is a problem")
                .contains("<a href=\"#extractType\">Select what the file holds</a>")
                .contains("<a href=\"#file\">Select a CSV file</a>")
                .contains("id=\"file-error\"")
                .contains("aria-describedby=\"file-hint file-error\"");
        assertThat(CASE_SERVICE.received("POST", "/api/imports")).isEmpty();
    }

    @Test
    void refusesAnEmptyFileAndOneThatIsNoCsv() throws Exception {
        assertThat(page(multipart("/imports")
                        .file(new MockMultipartFile("file", "attendance.csv", "text/csv", new byte[0]))
                        .param("extractType", "school-attendance")
                        .with(csrf())
                        .with(dataOfficer())))
                .contains("<a href=\"#file\">The selected file is empty</a>");
        assertThat(page(multipart("/imports")
                        .file(new MockMultipartFile(
                                "file", "attendance.xlsx", "application/octet-stream", new byte[] {1}))
                        .param("extractType", "school-attendance")
                        .with(csrf())
                        .with(dataOfficer())))
                .contains("<a href=\"#file\">The selected file must be a CSV</a>");
        assertThat(CASE_SERVICE.received("POST", "/api/imports")).isEmpty();
    }

    @Test
    void sendsTheFileAsCsvAndFollowsTheDryRun() throws Exception {
        CASE_SERVICE.json("POST", "/api/imports", 202, "{\"importId\":\"" + ID + "\"}");

        mvc.perform(multipart("/imports")
                        .file(csv("C:\\exports\\attendance.csv", "UPN,Surname\nA123456789012,Walker\n"))
                        .param("extractType", "school-attendance")
                        .with(csrf())
                        .with(dataOfficer()))
                .andExpect(redirectedUrl("/imports/" + ID));

        StubCaseService.Received sent =
                CASE_SERVICE.received("POST", "/api/imports").get(0);
        assertThat(sent.query()).isEqualTo("extractType=school-attendance&fileName=attendance.csv");
        assertThat(sent.contentType()).startsWith("text/csv");
        assertThat(sent.text()).isEqualTo("UPN,Surname\nA123456789012,Walker\n");
    }

    @Test
    void putsCaseServicesRefusalsAgainstTheirFields() throws Exception {
        CASE_SERVICE.json(
                "POST",
                "/api/imports",
                400,
                "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"The file cannot be imported\",\"errors\":["
                        + "{\"field\":\"file\",\"message\":\"The file has no column called Surname\"},"
                        + "{\"field\":\"extractType\",\"message\":\"Your agency does not record offences\"}]}");

        String page = page(multipart("/imports")
                .file(csv("offences.csv", "UPN\nA123456789012\n"))
                .param("extractType", "offences")
                .with(csrf())
                .with(dataOfficer()));

        assertThat(page)
                .contains("<a href=\"#file\">The file has no column called Surname</a>")
                .contains("<a href=\"#extractType\">Your agency does not record offences</a>")
                .contains("id=\"extractType-error\"")
                .as("the kind chosen stays chosen")
                .containsPattern("value=\"offences\" [^>]*checked=\"checked\"");
    }

    @Test
    void aFileCaseServiceFindsTooLargeIsAnErrorOnTheFileField() throws Exception {
        CASE_SERVICE.status("POST", "/api/imports", 413);

        assertThat(page(multipart("/imports")
                        .file(csv("attendance.csv", "UPN\n"))
                        .param("extractType", "school-attendance")
                        .with(csrf())
                        .with(dataOfficer())))
                .contains("<a href=\"#file\">The selected file must be smaller than 20 MB</a>");
    }

    @Test
    void aFileLargerThanCaseServiceTakesIsAnErrorOnTheFileFieldAndIsNotSent() throws Exception {
        CASE_SERVICE.status("POST", "/api/imports", 500);

        assertThat(page(multipart("/imports")
                        .file(csv("attendance.csv", "x".repeat((int) UploadForm.MOST_BYTES + 1)))
                        .param("extractType", "school-attendance")
                        .with(csrf())
                        .with(dataOfficer())))
                .contains("<a href=\"#file\">The selected file must be smaller than 20 MB</a>");
    }

    @Test
    void aFileLargerThanWebUiTakesSendsTheUserBackToTheFormWhichSaysSo() throws Exception {
        assertThat(multipart.getMaxFileSize()).isGreaterThan(DataSize.ofBytes(UploadForm.MOST_BYTES));
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(multipart.getMaxFileSize());
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        assertThat(new UploadTooLarge().backToTheForm(redirect)).isEqualTo("redirect:/imports");
        assertThat(redirect.getFlashAttributes().get(ImportsController.TOO_LARGE))
                .isEqualTo(true);

        assertThat(page(get("/imports")
                        .flashAttr(ImportsController.TOO_LARGE, true)
                        .with(dataOfficer())))
                .contains("There is a problem")
                .contains("<a href=\"#file\">The selected file must be smaller than 20 MB</a>");
    }

    @Test
    void theUploadFormCarriesItsCsrfTokenInTheFormNotItsAddress() throws Exception {
        assertThat(page(get("/imports").with(dataOfficer())))
                .contains("action=\"/imports\"")
                .containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
    }

    // ---- one import --------------------------------------------------------------------------------------------

    @Test
    void whileCheckingThePageRefreshesItselfAndSaysHowFarItHasGot() throws Exception {
        CASE_SERVICE.json("GET", "/api/imports/" + ID, 200, view("CHECKING", 48, 150, true, 0));

        assertThat(page(get("/imports/" + ID).with(dataOfficer())))
                .contains("<meta http-equiv=\"refresh\" content=\"3\">")
                .contains("48 of 120 rows checked")
                .containsPattern(
                        "<progress class=\"joinedup-progress\" id=\"progress\" aria-describedby=\"progress-text\""
                                + " max=\"120\" value=\"48\">40%</progress>")
                .contains("About 3 minutes left")
                .contains("The service restarted during this import; it carried on from where it stopped.")
                .doesNotContain("data-testid=\"start-import\"")
                .doesNotContain("data-testid=\"counts\"");
    }

    @Test
    void aUserCanStopThePageUpdatingItselfAndStartItAgain() throws Exception {
        CASE_SERVICE.json("GET", "/api/imports/" + ID, 200, view("IMPORTING", 10, 150, false, 0));

        assertThat(page(get("/imports/" + ID).with(dataOfficer())))
                .contains("<meta http-equiv=\"refresh\" content=\"3\">")
                .contains("href=\"/imports/" + ID + "?updates=off\" data-testid=\"stop-updating\"");
        assertThat(page(get("/imports/" + ID).param("updates", "off").with(dataOfficer())))
                .doesNotContain("http-equiv=\"refresh\"")
                .contains("10 of 120 rows imported")
                .contains("href=\"/imports/" + ID + "?updates=off\" data-testid=\"check-again\"")
                .contains("href=\"/imports/" + ID + "\" data-testid=\"start-updating\"");
    }

    @Test
    void whileImportingSaysRowsImportedAndNothingAboutTimeWhenThereIsNoEstimate() throws Exception {
        CASE_SERVICE.json("GET", "/api/imports/" + ID, 200, view("IMPORTING", 10, null, false, 0));

        assertThat(page(get("/imports/" + ID).with(dataOfficer())))
                .contains("<meta http-equiv=\"refresh\" content=\"3\">")
                .contains("10 of 120 rows imported")
                .doesNotContain("data-testid=\"time-left\"")
                .doesNotContain("data-testid=\"resumed\"");
    }

    @Test
    void onceCheckedShowsTheReportAndTheButtonThatImportsTheFileWithoutRefreshing() throws Exception {
        CASE_SERVICE.json("GET", "/api/imports/" + ID, 200, view("CHECKED", 120, null, false, 105));

        String page = page(get("/imports/" + ID).with(dataOfficer()));

        assertThat(page)
                .doesNotContain("http-equiv=\"refresh\"")
                .contains("Matched to a person</dt>")
                .contains("Need a person to decide who they are</dt>")
                .contains("Imported before, changed since: importing corrects them (among the matched)</dt>")
                .as("nothing is refused at import before the import")
                .doesNotContain("Refused by the person's record")
                .contains("<dd class=\"govuk-summary-list__value\">100</dd>")
                .contains("<dd class=\"govuk-summary-list__value\">4</dd>")
                .contains("Refused, with a problem in the row</dt>")
                .contains("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Row</th>")
                .contains("Enter a real date, like 31/01/2012")
                .contains("and 104 more")
                .contains("href=\"/imports/" + ID + "/report.csv\"")
                .contains("action=\"/imports/" + ID + "/start\"")
                .contains(">Import 108 rows</button>")
                .contains("action=\"/imports/" + ID + "/discard\"")
                .contains(">Discard this file</button>")
                .contains("4 rows need you to decide who they are about");
    }

    @Test
    void onceImportedSaysSoAndLeadsToTheRowsToReview() throws Exception {
        CASE_SERVICE.json("GET", "/api/imports/" + ID, 200, view("IMPORTED", 120, null, false, 1));

        assertThat(page(get("/imports/" + ID).with(dataOfficer())))
                .doesNotContain("http-equiv=\"refresh\"")
                .contains("Import complete")
                .contains("108 rows imported")
                .contains("record when imported (see the full report)</dt>")
                .contains("href=\"/imports/review\"")
                .doesNotContain("data-testid=\"start-import\"")
                .doesNotContain("and 0 more");
    }

    @Test
    void startsTheImportAndReturnsToItsPage() throws Exception {
        CASE_SERVICE.status("POST", "/api/imports/" + ID + "/start", 202);

        mvc.perform(post("/imports/" + ID + "/start").with(csrf()).with(dataOfficer()))
                .andExpect(redirectedUrl("/imports/" + ID))
                .andExpect(flash().attributeCount(0));
        assertThat(CASE_SERVICE.received("POST", "/api/imports/" + ID + "/start"))
                .hasSize(1);
    }

    @Test
    void startingAnImportNotReadyToImportSaysSo() throws Exception {
        CASE_SERVICE.json("POST", "/api/imports/" + ID + "/start", 409, "{\"status\":409,\"detail\":\"Not checked\"}");

        mvc.perform(post("/imports/" + ID + "/start").with(csrf()).with(dataOfficer()))
                .andExpect(redirectedUrl("/imports/" + ID))
                .andExpect(flash().attribute("important", "imports.start.conflict"));
    }

    @Test
    void discardsACheckedFileAndSaysSoOnTheList() throws Exception {
        CASE_SERVICE.status("POST", "/api/imports/" + ID + "/discard", 204);

        mvc.perform(post("/imports/" + ID + "/discard").with(csrf()).with(dataOfficer()))
                .andExpect(redirectedUrl("/imports"))
                .andExpect(flash().attribute("success", "imports.discard.done"));
        assertThat(CASE_SERVICE.received("POST", "/api/imports/" + ID + "/discard"))
                .hasSize(1);
    }

    @Test
    void discardingAFileNoLongerCheckedSaysSoOnItsPage() throws Exception {
        CASE_SERVICE.json(
                "POST", "/api/imports/" + ID + "/discard", 409, "{\"status\":409,\"detail\":\"Started already\"}");

        mvc.perform(post("/imports/" + ID + "/discard").with(csrf()).with(dataOfficer()))
                .andExpect(redirectedUrl("/imports/" + ID))
                .andExpect(flash().attribute("important", "imports.discard.conflict"));
    }

    @Test
    void aDiscardedFileSaysNothingWasRecordedAndOffersNoImport() throws Exception {
        CASE_SERVICE.json("GET", "/api/imports/" + ID, 200, view("DISCARDED", 120, null, false, 1));

        assertThat(page(get("/imports/" + ID).with(dataOfficer())))
                .doesNotContain("http-equiv=\"refresh\"")
                .contains("You discarded this file after its check: nothing was recorded")
                .doesNotContain("data-testid=\"start-import\"")
                .doesNotContain("data-testid=\"discard-import\"")
                .doesNotContain("Enter a real date, like 31/01/2012");
    }

    @Test
    void relaysTheReportAsCaseServiceSentIt() throws Exception {
        CASE_SERVICE.csv("/api/imports/" + ID + "/report.csv", "attendance-report.csv", "Row,Outcome,Column,Reason\n");

        String csv = mvc.perform(get("/imports/" + ID + "/report.csv").with(dataOfficer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"attendance-report.csv\""))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("Row,Outcome,Column,Reason\n");
    }

    // ---- the review queue --------------------------------------------------------------------------------------

    @Test
    void saysWhenNoRowNeedsReview() throws Exception {
        assertThat(page(get("/imports/review").with(dataOfficer())))
                .contains("No rows need review")
                .doesNotContain("data-testid=\"review-row\"");
    }

    @Test
    void showsEachRowWithWhatTheExtractSaysAndThePeopleItMayBe() throws Exception {
        CASE_SERVICE.json("GET", "/api/imports/review", 200, queue());

        assertThat(page(get("/imports/review").with(dataOfficer())))
                .contains("Row 7 of attendance.csv")
                .contains("Jayden Walker")
                .contains("3 March 2012")
                .contains("SO14 2AA")
                .contains("id=\"row-1-choice\"")
                .contains("value=\"p-1\"")
                .contains("Match: 72 out of 100")
                .contains("<li>Family name sounds the same</li>")
                .contains("Someone else (enter their person id)")
                .contains("A new person")
                .contains("Skip this row")
                .contains("action=\"/imports/" + ID + "/rows/7/decision\"");
    }

    @Test
    void aDecisionWithNoChoiceIsShownAloneWithItsError() throws Exception {
        CASE_SERVICE.json("GET", "/api/imports/review", 200, queue());

        String page =
                page(post("/imports/" + ID + "/rows/7/decision").with(csrf()).with(dataOfficer()));

        assertThat(page)
                .contains("<title>Error: Row 7 of attendance.csv")
                .contains("<a href=\"#choice\">Select who this row is about, or skip it</a>")
                .contains("id=\"choice-error\"")
                .contains("id=\"choice\"");
        assertThat(CASE_SERVICE.received("POST", "/api/imports/" + ID + "/rows/7/decision"))
                .isEmpty();
    }

    @Test
    void someoneElseNeedsTheirPersonId() throws Exception {
        CASE_SERVICE.json("GET", "/api/imports/review", 200, queue());

        assertThat(page(post("/imports/" + ID + "/rows/7/decision")
                        .param("choice", "OTHER")
                        .param("otherPersonId", " ")
                        .with(csrf())
                        .with(dataOfficer())))
                .contains("<a href=\"#otherPersonId\">Enter the person id of the person this row is about</a>")
                .contains("id=\"otherPersonId-error\"")
                .as("the conditional question stays open")
                .doesNotContain("govuk-radios__conditional--hidden");
    }

    @Test
    void matchingASuggestedPersonReturnsToTheQueueSayingSo() throws Exception {
        CASE_SERVICE.json("GET", "/api/imports/review", 200, queue());
        CASE_SERVICE.status("POST", "/api/imports/" + ID + "/rows/7/decision", 204);

        mvc.perform(post("/imports/" + ID + "/rows/7/decision")
                        .param("choice", "p-1")
                        .with(csrf())
                        .with(dataOfficer()))
                .andExpect(redirectedUrl("/imports/review"))
                .andExpect(flash().attribute("success", "imports.decided"))
                .andExpect(flash().attribute("successArgs", "Row 7 of attendance.csv: matched"));

        StubCaseService.Received sent = CASE_SERVICE
                .received("POST", "/api/imports/" + ID + "/rows/7/decision")
                .get(0);
        assertThat(sent.text()).isEqualTo("{\"decision\":\"MATCH\",\"personId\":\"p-1\"}");
    }

    @Test
    void aNewPersonAndSkippingSendNoPerson() throws Exception {
        CASE_SERVICE.json("GET", "/api/imports/review", 200, queue());
        CASE_SERVICE.status("POST", "/api/imports/" + ID + "/rows/7/decision", 204);

        mvc.perform(post("/imports/" + ID + "/rows/7/decision")
                        .param("choice", "NEW_PERSON")
                        .with(csrf())
                        .with(dataOfficer()))
                .andExpect(flash().attribute("successArgs", "Row 7 of attendance.csv: a new person registered"));
        mvc.perform(post("/imports/" + ID + "/rows/7/decision")
                        .param("choice", "SKIP")
                        .with(csrf())
                        .with(dataOfficer()))
                .andExpect(flash().attribute("successArgs", "Row 7 of attendance.csv: skipped"));

        assertThat(CASE_SERVICE.received("POST", "/api/imports/" + ID + "/rows/7/decision"))
                .extracting(StubCaseService.Received::text)
                .containsExactly(
                        "{\"decision\":\"NEW_PERSON\",\"personId\":null}", "{\"decision\":\"SKIP\",\"personId\":null}");
    }

    @Test
    void caseServicesRefusalsOfADecisionAreShownOnTheRow() throws Exception {
        CASE_SERVICE.json("GET", "/api/imports/review", 200, queue());
        CASE_SERVICE.json(
                "POST",
                "/api/imports/" + ID + "/rows/7/decision",
                400,
                "{\"status\":400,\"detail\":\"Invalid\",\"errors\":[{\"field\":\"personId\",\"message\":\"No person has that id\"}]}");

        assertThat(page(post("/imports/" + ID + "/rows/7/decision")
                        .param("choice", "OTHER")
                        .param("otherPersonId", "nobody")
                        .with(csrf())
                        .with(dataOfficer())))
                .contains("<a href=\"#otherPersonId\">No person has that id</a>")
                .contains("value=\"nobody\"");

        CASE_SERVICE.json(
                "POST",
                "/api/imports/" + ID + "/rows/7/decision",
                422,
                "{\"status\":422,\"code\":\"extract-creates-no-people\",\"detail\":\"This kind of extract registers nobody new\"}");
        assertThat(page(post("/imports/" + ID + "/rows/7/decision")
                        .param("choice", "NEW_PERSON")
                        .with(csrf())
                        .with(dataOfficer())))
                .contains("There is a problem")
                .contains("<span>This kind of extract registers nobody new</span>");
    }

    @Test
    void aRowDecidedAlreadyReturnsToTheQueueSayingSo() throws Exception {
        CASE_SERVICE.json("GET", "/api/imports/review", 200, queue());
        CASE_SERVICE.json(
                "POST", "/api/imports/" + ID + "/rows/7/decision", 409, "{\"status\":409,\"detail\":\"Decided\"}");

        mvc.perform(post("/imports/" + ID + "/rows/7/decision")
                        .param("choice", "SKIP")
                        .with(csrf())
                        .with(dataOfficer()))
                .andExpect(redirectedUrl("/imports/review"))
                .andExpect(flash().attribute("important", "imports.decision.gone"));
    }

    // ---- the data officer's way in -----------------------------------------------------------------------------

    @Test
    void aDataOfficersHomePageAndMenuLeadToTheirImportsAndTheRowsToReview() throws Exception {
        CASE_SERVICE.json("GET", "/api/imports/review", 200, "{\"total\":3,\"rows\":[]}");

        assertThat(page(get("/").with(dataOfficer())))
                .contains("href=\"/imports\">Data imports</a>")
                .contains("3 rows need you to decide who they are about.")
                .contains("href=\"/imports/review\"")
                .doesNotContain("My caseload");
    }

    @Test
    void noOneElseIsOfferedDataImports() throws Exception {
        assertThat(page(get("/signed-out").with(withRoles("IG_OFFICER")))).doesNotContain("href=\"/imports\"");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockMultipartFile csv(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private static OidcLoginRequestPostProcessor dataOfficer() {
        return withRoles("DATA_OFFICER");
    }

    private static OidcLoginRequestPostProcessor withRoles(String... roles) {
        return oidcLogin().idToken(token -> token.subject(OFFICER)).userInfoToken(info -> info.subject(OFFICER)
                .claim("name", "Nia Edwards")
                .claim("agency", "southampton-education")
                .claim("agency_name", "Southampton Education Welfare Service")
                .claim("roles", List.of(roles)));
    }

    /** An import of 120 rows; {@code refusalsTotal} rows refused, of which the first is listed. */
    private static String view(String status, int done, Integer secondsLeft, boolean resumed, int refusalsTotal) {
        return "{\"importId\":\"" + ID
                + "\",\"extractType\":\"school-attendance\",\"extractTypeName\":\"School attendance, per term\","
                + "\"fileName\":\"attendance.csv\",\"uploadedBy\":\"Nia Edwards\",\"uploadedAt\":\"2026-12-03T09:30:00Z\","
                + "\"status\":\"" + status + "\",\"rowsTotal\":120,\"rowsDone\":" + done + ",\"secondsLeft\":"
                + secondsLeft
                + ",\"resumedAfterRestart\":" + resumed
                + ",\"counts\":{\"matched\":100,\"toReview\":4,\"newPeople\":8,\"notMatched\":0,\"refused\":"
                + refusalsTotal
                + ",\"duplicates\":0,\"unchanged\":3,\"changed\":2,\"imported\":108,\"refusedAtImport\":1},"
                + "\"refusals\":"
                + (refusalsTotal == 0
                        ? "[]"
                        : "[{\"row\":12,\"column\":\"Date of birth\",\"reason\":\"Enter a real date, like 31/01/2012\"}]")
                + ",\"refusalsTotal\":" + refusalsTotal + "}";
    }

    private static String queue() {
        return "{\"total\":1,\"rows\":[{\"importId\":\"" + ID + "\",\"fileName\":\"attendance.csv\","
                + "\"extractTypeName\":\"School attendance, per term\",\"row\":7,"
                + "\"person\":{\"givenNames\":\"Jayden\",\"familyName\":\"Walker\",\"dateOfBirth\":\"2012-03-03\",\"postcode\":\"SO14 2AA\"},"
                + "\"candidates\":[{\"personId\":\"p-1\",\"givenNames\":\"Jaiden\",\"familyName\":\"Walker\",\"dateOfBirth\":\"2012-03-03\","
                + "\"score\":72,\"reasons\":[\"Same date of birth\",\"Family name sounds the same\"]}]}]}";
    }
}
