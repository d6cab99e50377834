package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The managers' cost before and after early help in a real headless Chromium, checked with axe-core, on the demo:
 * Mo Ahmed, early help's team manager, goes from his home page to what the families of his cases cost the public
 * purse in the year before each case opened and the year after (the Lawsons' case opened 420 days ago, and their
 * cost fell), by the agency that bore it, says these are estimates and what they rest on, and downloads it family
 * by family; Sam Patel, a keyworker, is not shown it.
 */
class CohortCostBrowserIT {

    private static final By SUMMARY = By.cssSelector("[data-testid='cohort-summary']");
    private static final By BY_AGENCY = By.cssSelector("[data-testid='cohort-by-agency']");

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
    void theTeamManagerSeesWhatHisCohortCostTheYearBeforeAndAfterItsCasesOpenedAndDownloadsIt() {
        browser.signIn(system, "mo.ahmed");
        browser.clickLink("Cost before and after early help");

        assertThat(browser.heading()).isEqualTo("Cost before and after early help");
        assertThat(browser.text(By.cssSelector("[data-testid='cohort-estimates']")))
                .contains("estimates");
        assertThat(browser.text(SUMMARY))
                .contains("Families compared")
                .contains("Too recent to compare")
                .containsPattern("Change\\s+Fell by £[0-9,.]+");
        assertThat(browser.text(BY_AGENCY)).contains("Police").contains("Department for Work and Pensions");
        assertThat(browser.text(By.cssSelector("[data-testid='unit-costs']"))).contains("Illustrative");
        browser.screenshot("cohort-cost");
        browser.assertAccessible();

        String csvUrl =
                browser.find(By.cssSelector("[data-testid='cohort-csv']")).getAttribute("href");
        HttpResponse<String> csv = browser.download(csvUrl);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().toList())
                .first()
                .asString()
                .startsWith("family,familyId,openedOn,before,after,supportAfter");
        assertThat(csv.body()).contains("Lawson family");
        browser.signOut();
    }

    @Test
    void aKeyworkerIsNotShownIt() {
        browser.signIn(system, "sam.patel");
        assertThat(browser.has(By.linkText("Cost before and after early help")))
                .as("not offered")
                .isFalse();

        browser.open(system.webUrl() + "/costs");

        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        assertThat(browser.has(SUMMARY)).isFalse();
        browser.signOut();
    }
}
