package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The payment-by-results claims pages in a real headless Chromium, checked with axe-core: Early Help
 * Central's manager (Mo Ahmed) finds the demo's Nolan family claimed and paid, the Fenwicks' Troubled Families
 * attachment fee paid, and the Quinn family to claim,
 * reads the Quinns' evidence, drafts and submits their claim in one tab, and is refused a second claim from a
 * page that still offered it, the earlier claim named, then records it paid. A keyworker is neither offered the pages nor shown them.
 */
class ClaimsBrowserIT {

    private static final String SUSTAINED = "[data-scheme='supporting-families'] [data-result='sustainedOutcomes']";

    private static RunningSystem system;
    private Browser browser;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.get();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aManagerReadsTheEvidenceDraftsAndSubmitsAClaimAndIsRefusedASecondOne() {
        browser.signIn(system, "mo.ahmed");
        browser.clickLink("Payment-by-results claims");

        assertThat(browser.heading()).isEqualTo("Payment-by-results claims");
        assertThat(row("Nolan family")).contains("Supporting Families", "Every need's outcome sustained", "Paid");
        assertThat(row("Quinn family")).contains("Not claimed", "£800.00");
        assertThat(browser.text(By.cssSelector(
                        "[data-testid='claims'] tr[data-family='Fenwick family'][data-result='attachmentFee']")))
                .as("the attachment fee listed as a result")
                .contains("Troubled Families, phase 1", "Attachment fee", "£1,600.00", "Paid");
        browser.assertAccessible();
        browser.assertNoContentSecurityPolicyViolation();

        HttpResponse<String> csv = browser.download(
                browser.find(By.cssSelector("[data-testid='claims-csv']")).getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("attachment"));
        assertThat(csv.body()).startsWith("scheme,familyId,family,result").contains("Nolan family", "PAID");

        browser.select("status", "Paid");
        browser.click(By.cssSelector("[data-testid='claims-filter'] button[type=submit]"));
        assertThat(browser.url()).contains("status=PAID");
        assertThat(browser.text(By.cssSelector("[data-testid='claims']")))
                .contains("Nolan family")
                .doesNotContain("Quinn family");

        browser.open(system.webUrl() + "/claims");
        browser.click(By.linkText("Quinn family"));
        assertThat(browser.heading()).isEqualTo("Quinn family");
        assertThat(browser.text(
                        By.cssSelector("[data-scheme='troubled-families-phase-1'] [data-testid='no-payment-year']")))
                .as("joined long after Troubled Families phase 1")
                .contains("the scheme pays for families who joined from 2012/13 to 2014/15");
        String needs = browser.text(By.cssSelector("[data-scheme='supporting-families'] [data-criterion='needs']"));
        assertThat(needs)
                .contains("Evidence that satisfied it")
                .contains("Ruth Quinn")
                .contains("Southampton City Council Early Help");
        browser.assertAccessible();
        browser.assertNoContentSecurityPolicyViolation();

        String stale = browser.openTab(browser.url());
        browser.click(By.cssSelector(SUSTAINED + " form[action$='/draft'] button"));
        assertThat(browser.text(By.className("govuk-notification-banner"))).contains("drafted");
        assertThat(browser.text(By.cssSelector(SUSTAINED))).contains("Draft");
        browser.click(By.cssSelector(SUSTAINED + " form[action$='/submission'] button"));
        String banner = browser.text(By.className("govuk-notification-banner"));
        assertThat(banner).contains("submitted").contains("sustainedOutcomes#1");
        assertThat(browser.has(By.cssSelector(SUSTAINED + " form[action$='/draft']")))
                .as("not offered again")
                .isFalse();
        assertThat(browser.has(By.linkText("Record as paid"))).isTrue();
        browser.assertAccessible();

        browser.switchTo(stale);
        browser.click(By.cssSelector(SUSTAINED + " form[action$='/draft'] button"));
        String today =
                LocalDate.now(ZoneId.of("Europe/London")).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        assertThat(browser.errorSummary())
                .contains("already been claimed")
                .contains("sustainedOutcomes#1")
                .contains("submitted on " + today);
        assertThat(browser.text(By.cssSelector(SUSTAINED))).contains("Submitted");
        browser.assertAccessible();
        browser.assertNoContentSecurityPolicyViolation();

        browser.clickLink("Record as paid");
        assertThat(browser.heading()).isEqualTo("Record the claim as paid");
        browser.submit();
        assertThat(browser.errorSummary()).contains("Enter the date the claim was paid");
        browser.assertAccessible();
        browser.typeDate("on", LocalDate.now(ZoneId.of("Europe/London")));
        browser.submit();
        assertThat(browser.text(By.className("govuk-notification-banner"))).contains("recorded as paid");
        assertThat(browser.text(By.cssSelector(SUSTAINED))).contains("Paid");
    }

    @Test
    void aKeyworkerIsNotShownTheClaims() {
        browser.signIn(system, "sam.patel");
        assertThat(browser.has(By.linkText("Payment-by-results claims")))
                .as("not offered")
                .isFalse();

        browser.open(system.webUrl() + "/claims");

        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        assertThat(browser.has(By.cssSelector("[data-testid='claims']"))).isFalse();
    }

    /** The text of the claims list's row for a family. */
    private String row(String family) {
        return browser.text(By.cssSelector("[data-testid='claims'] tr[data-family='" + family + "']"));
    }
}
