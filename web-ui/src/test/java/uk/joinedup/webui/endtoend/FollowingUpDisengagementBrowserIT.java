package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Following up disengagement in a real headless Chromium, each page checked with axe-core, on the demo: the
 * Okafors have not answered two contacts within 14 days and nobody leads their case, so Ana Silva, on their team,
 * finds them under "Families to follow up" on her home page. The follow-up form refuses a follow-up that does not
 * say what was done; once she records one, the family's page no longer flags the case and her home page no longer
 * lists it.
 *
 * <p>Only this class follows up the Okafors; other browser classes share the started system.
 */
class FollowingUpDisengagementBrowserIT {

    private static final By FOLLOW_UPS = By.cssSelector("[data-testid='follow-ups-due']");
    private static final By SUCCESS = By.cssSelector(".govuk-notification-banner--success");
    private static final String RULE = "Two unanswered contacts within 14 days";

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
    void aTeamMemberFindsTheOkaforsToFollowUpOnHerHomePageAndRecordsTheFollowUp() {
        browser.signIn(system, "ana.silva");
        assertThat(browser.text(FOLLOW_UPS))
                .contains("Okafor family")
                .contains(RULE)
                .as("nobody leads the case, so it is on the team's caseloads")
                .contains("No lead professional");
        browser.assertAccessible();

        browser.click(By.xpath("//*[@data-testid='follow-ups-due']//a[contains(., 'Record the follow-up')"
                + " and contains(., 'Okafor family')]"));
        assertThat(browser.heading()).isEqualTo("Record the follow-up");
        assertThat(browser.text(By.cssSelector(".govuk-inset-text"))).startsWith(RULE);
        browser.assertAccessible();

        browser.submit();
        browser.screenshot("follow-up-errors");
        assertThat(browser.errorSummary()).contains("Enter what was done to re-engage the family");
        browser.assertAccessible();

        String note = "Visited with the school nurse, whom Grace knows; she will come to Thursday's meeting ("
                + KeyworkerJourneyBrowserIT.letters() + ")";
        browser.type("reason", note);
        browser.submit();
        assertThat(browser.heading()).isEqualTo("Okafor family");
        assertThat(browser.text(SUCCESS)).contains("Follow-up recorded");
        assertThat(browser.text(By.tagName("main"))).doesNotContain(RULE);
        browser.assertAccessible();

        browser.clickLink("Chronology");
        assertThat(browser.text(By.tagName("main"))).contains(note);

        browser.open(system.webUrl() + "/");
        assertThat(browser.has(FOLLOW_UPS))
                .as("followed up: nothing left to follow up")
                .isFalse();
        browser.signOut();
    }
}
