package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Erasures decided in a real headless Chromium, each page checked with axe-core, on the demo. Chris Ward, the
 * information-governance officer, finds the Gray family proposed for erasure and the Lowes on hold; he holds the
 * Grays' erasure (a form sent empty first shows its errors), releases the hold, and approves it after the
 * confirmation.
 */
class ErasureBrowserIT {

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
    void anInformationGovernanceOfficerHoldsReleasesAndApprovesAnErasure() {
        browser.signIn(system, "chris.ward");
        browser.clickLink("Erasures");
        assertThat(browser.heading()).isEqualTo("Erasures");
        assertThat(browser.text(By.cssSelector("[data-testid='held']"))).contains("Ongoing proceedings");
        browser.assertAccessible();

        browser.click(By.cssSelector("[data-testid='proposed'] a"));
        assertThat(browser.heading()).startsWith("Family ");
        assertThat(browser.text(By.cssSelector("[data-testid='status']"))).isEqualTo("Proposed");
        browser.assertAccessible();

        browser.clickLink("Hold the erasure");
        browser.submit();
        assertThat(browser.errorSummary())
                .contains("Select why the erasure is on hold")
                .contains("Enter why the erasure is on hold")
                .contains("Enter the date to review the hold");
        browser.assertAccessible();

        LocalDate reviewOn = LocalDate.now(ZoneId.of("Europe/London")).plusDays(90);
        browser.choose("Legal hold");
        browser.type("note", "Litigation hold, legal services ref LS/2026/131");
        browser.typeDate("reviewOn", reviewOn);
        browser.submit();
        assertThat(browser.text(SUCCESS)).contains("Erasure on hold");
        assertThat(browser.text(By.cssSelector("[data-testid='hold-note']")))
                .isEqualTo("Litigation hold, legal services ref LS/2026/131");
        browser.screenshot("erasure-held");
        browser.assertAccessible();

        browser.clickLink("Release the hold");
        browser.type("note", "Legal services confirm the claim is settled");
        browser.submit();
        assertThat(browser.text(SUCCESS)).contains("Hold released");

        browser.clickLink("Approve the erasure");
        assertThat(browser.heading()).isEqualTo("Are you sure you want to approve this erasure?");
        browser.assertAccessible();
        browser.submit();
        assertThat(browser.text(SUCCESS)).contains("Erasure approved");
        assertThat(browser.text(By.cssSelector("[data-testid='status']"))).isEqualTo("Approved");
        browser.assertAccessible();
        browser.signOut();
    }
}
