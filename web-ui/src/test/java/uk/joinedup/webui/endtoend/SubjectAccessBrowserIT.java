package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A subject access request answered in a real headless Chromium, each page checked with axe-core, on the demo.
 * Chris Ward, the information-governance officer, starts a request for a member of the Walker family (a form sent
 * empty first shows its errors), reads the response with the other members' items redacted and each redaction's
 * reason, the statutory deadline a calendar month on, downloads it as a PDF, extends the deadline by two further
 * months because the request is complex (a form sent empty first shows its errors), and releases it; the request
 * leaves the open ones.
 */
class SubjectAccessBrowserIT {

    private static final By SUCCESS = By.cssSelector(".govuk-notification-banner--success");

    private static RunningSystem system;
    private static Browser browser;

    @BeforeAll
    static void start() {
        system = RunningSystem.get();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void anInformationGovernanceOfficerStartsReviewsAndReleasesASubjectAccessResponse() {
        String personId = aWalkerAsTheirKeyworkerSeesThem();

        browser.signIn(system, "chris.ward");
        browser.clickLink("Subject access requests");
        assertThat(browser.heading()).isEqualTo("Subject access requests");
        browser.assertAccessible();

        browser.clickLink("Start a request");
        browser.submit();
        assertThat(browser.errorSummary()).isNotBlank();
        browser.assertAccessible();

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        browser.type("personId", personId);
        browser.choose("The person");
        browser.choose("Photo identification");
        browser.type("identityNote", "Passport seen at the council's front desk");
        browser.typeDate("receivedOn", today);
        browser.submit();
        assertThat(browser.text(SUCCESS)).contains("Request started");
        assertThat(browser.text(By.cssSelector("[data-testid='deadline']")))
                .contains(String.valueOf(today.plusMonths(1).getYear()));
        assertThat(browser.text(By.cssSelector("[data-testid='identity']"))).isNotBlank();
        assertThat(Integer.parseInt(browser.text(By.cssSelector("[data-testid='redaction-count']"))))
                .as("the other Walkers' items are redacted")
                .isPositive();
        assertThat(browser.text(By.tagName("main"))).contains("Redacted");
        browser.screenshot("subject-access-response");
        browser.assertAccessible();
        HttpResponse<String> pdf = browser.download(
                browser.find(By.cssSelector("[data-testid='download-pdf']")).getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).as("the response as a PDF to send").startsWith("%PDF-");

        browser.clickLink("Extend the deadline");
        browser.submit();
        assertThat(browser.errorSummary()).contains("Select why the deadline is extended");
        browser.assertAccessible();
        browser.choose("The request is complex");
        browser.choose("Two further months");
        browser.type("note", "Records held by several agencies, with much to redact");
        browser.submit();
        assertThat(browser.text(SUCCESS)).contains("Deadline extended");
        assertThat(browser.text(By.cssSelector("[data-testid='deadline']")))
                .contains("Extended from")
                .contains("(complex request)");
        browser.assertAccessible();

        browser.click(By.xpath("//button[normalize-space()='Release the response as reviewed']"));
        assertThat(browser.text(SUCCESS)).contains("Response released");
        browser.assertAccessible();
        browser.clickLink("Subject access requests");
        assertThat(browser.text(By.tagName("main"))).doesNotContain("Person " + personId);
        browser.signOut();
    }

    /** The id of a Walker, read from the family's page as their keyworker sees it. */
    private static String aWalkerAsTheirKeyworkerSeesThem() {
        browser.signIn(system, "sam.patel");
        browser.clickLink("Walker family");
        browser.clickLink("Household");
        String href = browser.find(By.cssSelector("main a[href*='/people/']")).getAttribute("href");
        browser.signOut();
        return href.substring(href.lastIndexOf('/') + 1);
    }
}
