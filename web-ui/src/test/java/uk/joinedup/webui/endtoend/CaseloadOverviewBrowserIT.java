package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The caseload overview in a real headless Chromium, checked with axe-core: Early Help Central's manager
 * (Mo Ahmed) reads the demo's figures for his team and agency, downloads a table as CSV and changes the
 * period; a keyworker who is no manager is neither offered the page nor shown it.
 */
class CaseloadOverviewBrowserIT {

    private static final String[] MONTHS = {"Jan to Mar", "Apr to Jun", "Jul to Sep", "Oct to Dec"};

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
    void aManagerReadsHisTeamsAndAgencysFiguresDownloadsThemAndChangesThePeriod() {
        browser.signIn(system, "mo.ahmed");
        browser.clickLink("Caseload overview");

        assertThat(browser.heading()).isEqualTo("Caseload overview");
        assertThat(browser.text(By.cssSelector("[data-testid='overview-context']")))
                .contains("not targets")
                .contains("not ranked");
        String team = browser.text(By.cssSelector("[data-testid='team-now']"));
        assertThat(team).contains("Your team: early-help-central").contains("Open cases without a lead professional");
        assertThat(figure("team-now", "Open cases")).isPositive();
        assertThat(figure("team-now", "Overdue plan actions"))
                .as("the Walkers'")
                .isPositive();
        assertThat(browser.text(By.cssSelector("[data-testid='agency-now']")))
                .contains("Your agency: Southampton City Council Early Help");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        List<String> quarters = browser.findAll(By.cssSelector("[data-testid='by-quarter'] tbody th")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(quarters).hasSize(4).endsWith(label(today));
        assertThat(browser.text(By.cssSelector("[data-testid='by-quarter']")))
                .contains("Team: new referrals")
                .contains("Agency: cases closed");
        List<String> keyworkers = browser.findAll(By.cssSelector("[data-testid='per-keyworker'] tbody th")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(keyworkers).as("by name").containsExactly("Mo Ahmed", "Sam Patel");
        browser.assertAccessible();
        browser.assertNoContentSecurityPolicyViolation();

        String csvLink =
                browser.find(By.cssSelector("[data-testid='quarters-csv']")).getAttribute("href");
        HttpResponse<String> csv = browser.download(csvLink);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition ->
                        assertThat(disposition).contains("attachment").contains("caseload-by-quarter-"));
        assertThat(csv.body().lines().toList())
                .hasSize(9)
                .first()
                .isEqualTo("scope,quarter,firstDay,lastDay,newReferrals,closures");
        HttpResponse<String> perKeyworker = browser.download(
                browser.find(By.cssSelector("[data-testid='keyworkers-csv']")).getAttribute("href"));
        assertThat(perKeyworker.body())
                .startsWith("keyworker,openCases,leading")
                .contains("Mo Ahmed", "Sam Patel");
        HttpResponse<String> refused = browser.download(system.webUrl() + "/caseload-overview/now.csv?from=2026-Q5");
        assertThat(refused.statusCode())
                .as("a period that is not one: back to the page, which says why")
                .isEqualTo(303);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/caseload-overview?from=2026-Q5"));

        LocalDate lastQuarter = today.minusMonths(3);
        browser.select("to", label(lastQuarter));
        browser.click(By.cssSelector("[data-testid='overview-period'] button[type=submit]"));
        assertThat(browser.url()).contains("to=" + lastQuarter.getYear() + "-Q" + quarterOf(lastQuarter));
        assertThat(browser.findAll(By.cssSelector("[data-testid='by-quarter'] tbody th")).stream()
                        .map(WebElement::getText)
                        .toList())
                .hasSize(4)
                .endsWith(label(lastQuarter))
                .doesNotContain(label(today));
        assertThat(browser.find(By.cssSelector("[data-testid='quarters-csv']")).getAttribute("href"))
                .as("the download is of the period shown")
                .contains("to=" + lastQuarter.getYear() + "-Q" + quarterOf(lastQuarter));
        browser.assertAccessible();

        browser.select("from", label(today));
        browser.click(By.cssSelector("[data-testid='overview-period'] button[type=submit]"));
        assertThat(browser.errorSummary()).contains("The first quarter must not be after the last");
        assertThat(browser.has(By.cssSelector("[data-testid='by-quarter']"))).isFalse();
        browser.assertAccessible();
    }

    @Test
    void aKeyworkerWhoIsNoManagerIsNotShownTheOverview() {
        browser.signIn(system, "sam.patel");
        assertThat(browser.has(By.linkText("Caseload overview")))
                .as("not offered")
                .isFalse();

        browser.open(system.webUrl() + "/caseload-overview");

        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        assertThat(browser.has(By.cssSelector("[data-testid='by-quarter']"))).isFalse();
        HttpResponse<String> csv = browser.download(system.webUrl() + "/caseload-overview/quarters.csv");
        assertThat(csv.statusCode()).isEqualTo(403);
        assertThat(csv.body()).doesNotContain("newReferrals");
    }

    /** The figure a summary card shows against {@code key}. */
    private int figure(String card, String key) {
        for (WebElement row :
                browser.findAll(By.cssSelector("[data-testid='" + card + "'] .govuk-summary-list__row"))) {
            if (row.findElement(By.tagName("dt")).getText().equals(key)) {
                return Integer.parseInt(row.findElement(By.tagName("dd")).getText());
            }
        }
        throw new AssertionError("no " + key + " on " + card);
    }

    private static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    private static String label(LocalDate day) {
        return MONTHS[quarterOf(day) - 1] + " " + day.getYear();
    }
}
