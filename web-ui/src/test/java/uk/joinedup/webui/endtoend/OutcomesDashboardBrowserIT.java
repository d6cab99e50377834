package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The outcomes dashboard in a real headless Chromium, checked with axe-core: Early Help Central's manager (Mo
 * Ahmed) reads the indicators of his team's caseload from the demo, each with its chart and table, sees a
 * figure (Chloe Walker, aged 11, whose birth parents early help recorded), follows it to the people counted and
 * their evidence, downloads a table and narrows the caseload to one keyworker; a keyworker who is no manager is
 * neither offered the page nor shown it.
 */
class OutcomesDashboardBrowserIT {

    private static final String STABILITY = "[data-measure='LIVING_WITH_BOTH_BIRTH_PARENTS']";

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
    void aManagerReadsTheIndicatorsOfHisTeamsCaseloadAndFollowsAFigureToThePeopleCounted() {
        browser.signIn(system, "mo.ahmed");
        browser.clickLink("Outcomes");

        assertThat(browser.heading()).isEqualTo("Outcomes of your caseload");
        assertThat(browser.text(By.cssSelector("[data-testid='dashboard-context']")))
                .contains("not a set of targets")
                .contains("never a league table");
        assertThat(browser.text(By.cssSelector("[data-testid='dashboard-scope']")))
                .startsWith("Your team, early-help-central");
        List<WebElement> indicators = browser.findAll(By.cssSelector("[data-testid='indicator']"));
        assertThat(indicators).hasSize(6);
        assertThat(browser.text(By.cssSelector(STABILITY))).contains("Children whose birth parents are together");
        assertThat(indicators.get(0).getText())
                .contains("Stable family relationships")
                .contains("Case-level proxy")
                .contains("National figure: 35%");
        WebElement chart = browser.find(By.cssSelector(STABILITY + " svg"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent"))
                .startsWith("Children whose birth parents are together");
        assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent"))
                .contains("National figure: 35%.");
        List<WebElement> rows = browser.findAll(By.cssSelector(STABILITY + " tbody tr"));
        assertThat(rows).as("the last eight quarters").hasSize(8);
        assertThat(browser.text(By.cssSelector("[data-testid='social-investment']")))
                .as("the Nolans' result, paid ten days ago; the Quinns' was paid in 2015")
                .contains("survey")
                .contains("paid for 1 result of this caseload's families")
                .contains("social impact bond");
        browser.assertAccessible();
        browser.assertNoContentSecurityPolicyViolation();

        HttpResponse<String> csv = browser.download(
                browser.find(By.cssSelector(STABILITY + " a[download]")).getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("living-with-both-birth-parents-"));
        assertThat(csv.body().lines().toList()).hasSize(9).first().asString().startsWith("scope,indicator,measure");

        WebElement counted = rows.stream()
                .map(row -> row.findElement(By.cssSelector("[data-testid='denominator']")))
                .filter(link -> Integer.parseInt(link.getText()) > 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("Chloe Walker, aged 11, counts in some quarter"));
        String denominator = counted.getText();
        counted.click();

        assertThat(browser.heading()).startsWith("Children whose birth parents are together: ");
        assertThat(browser.text(By.cssSelector("[data-testid='people-counts']")))
                .endsWith("of " + denominator + " people counted");
        assertThat(browser.text(By.cssSelector("[data-testid='people']")))
                .contains("Chloe Walker")
                .contains("30 May 2014")
                .contains("ParentRecorded");
        browser.assertAccessible();
        browser.assertNoContentSecurityPolicyViolation();
        browser.clickLink("Back to the outcomes");
        assertThat(browser.heading()).isEqualTo("Outcomes of your caseload");

        browser.select("keyworker", "Mo Ahmed");
        browser.click(By.cssSelector("[data-testid='dashboard-filters'] button[type=submit]"));
        assertThat(browser.url()).contains("keyworker=mo.ahmed");
        assertThat(browser.text(By.cssSelector("[data-testid='dashboard-scope']")))
                .startsWith("Mo Ahmed's caseload");
        browser.assertAccessible();

        browser.chooseId("scope-2");
        browser.click(By.cssSelector("[data-testid='dashboard-filters'] button[type=submit]"));
        assertThat(browser.text(By.tagName("main"))).contains("Choose a keyworker only when counting your team");
        assertThat(browser.errorSummary()).contains("Choose a keyworker only when counting your team");
        assertThat(browser.has(By.cssSelector("[data-testid='indicator']"))).isFalse();
        browser.assertAccessible();
    }

    @Test
    void aKeyworkerWhoIsNoManagerIsNotShownTheDashboard() {
        browser.signIn(system, "sam.patel");
        assertThat(browser.has(By.linkText("Outcomes"))).as("not offered").isFalse();

        browser.open(system.webUrl() + "/outcomes");

        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        assertThat(browser.has(By.cssSelector("[data-testid='indicator']"))).isFalse();
        assertThat(browser.text(By.cssSelector("[data-testid='signed-in-user']")))
                .as("the refusal keeps the identity bar, and its sign-out")
                .isEqualTo("Sam Patel");
        assertThat(browser.has(By.cssSelector("#sign-out-form button"))).isTrue();
        HttpResponse<String> csv = browser.download(system.webUrl() + "/outcomes/quarters.csv");
        assertThat(csv.statusCode()).isEqualTo(403);
        assertThat(csv.body()).doesNotContain("numerator");
    }
}
