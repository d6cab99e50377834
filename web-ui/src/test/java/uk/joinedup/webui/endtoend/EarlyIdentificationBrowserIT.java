package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Early identification in a real headless Chromium, each page checked with axe-core, on the demo: Mo Ahmed, the
 * early-help team's manager, opens "Early identification" and finds the Reed family, whom nobody works with yet,
 * meeting the crime and work criteria from the police's and Jobcentre Plus's facts but not education. A decision
 * without a reason is refused; "Not now" with a reason takes the Reeds off the families not yet decided on, and
 * "All families" shows them with the decision.
 *
 * <p>Only this class decides on the Reeds; other browser classes share the started system.
 */
class EarlyIdentificationBrowserIT {

    private static final By SUCCESS = By.cssSelector(".govuk-notification-banner--success");
    private static final String REEDS_CARD = "//*[@data-testid='candidate'][.//h2[normalize-space()='Reed family']]";
    private static final By REEDS = By.xpath(REEDS_CARD);

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
    void moFindsTheReedsAndDecidesNotNowWithAReason() {
        browser.signIn(system, "mo.ahmed");
        browser.clickLink("Early identification");
        assertThat(browser.heading()).isEqualTo("Families who may meet the criteria");
        assertThat(browser.text(By.tagName("main"))).contains("Nothing on this page is shown to other agencies");
        String reeds = browser.text(REEDS);
        assertThat(reeds)
                .contains("Kai Reed, born 14 March 2013")
                .contains("2 of 4 entry criteria met: ")
                .contains("Anti-social behaviour intervention")
                .contains("Benefit claim started")
                .contains("Not met");
        assertThat(browser.text(By.xpath(REEDS_CARD + "//*[@data-testid='criteria-met']")))
                .as("no school has recorded Kai's attendance")
                .doesNotContainIgnoringCase("education");
        browser.screenshot("identification-list");
        browser.assertAccessible();

        browser.click(By.xpath(REEDS_CARD + "//a[@data-testid='decide']"));
        assertThat(browser.heading()).isEqualTo("Record a decision about Reed family");
        browser.assertAccessible();

        browser.choose("Not now");
        browser.submit();
        browser.screenshot("identification-decision-errors");
        assertThat(browser.errorSummary()).contains("Enter the reason for your decision");
        browser.assertAccessible();

        String reason = "Kai's school is starting a mentoring plan this month; look again after the spring term ("
                + KeyworkerJourneyBrowserIT.letters() + ")";
        browser.choose("Not now");
        browser.type("reason", reason);
        browser.submit();
        assertThat(browser.heading()).isEqualTo("Families who may meet the criteria");
        assertThat(browser.text(SUCCESS)).contains("You decided not to refer Reed family now");
        assertThat(browser.has(REEDS))
                .as("decided: no longer among those not yet decided")
                .isFalse();
        browser.assertAccessible();

        browser.clickLink("All families");
        String decided = browser.text(REEDS);
        assertThat(decided).contains("Not now").contains(reason).contains("Mo Ahmed");
        browser.screenshot("identification-all");
        browser.assertAccessible();
        browser.signOut();
    }
}
