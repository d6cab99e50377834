package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Caseloads 50 a page in a real headless Chromium, each page checked with axe-core: Early Help Central's
 * manager (Mo Ahmed) takes on more families than fit a page, pages through his caseload with the GOV.UK
 * pagination links, and sorts and filters his team's caseload.
 */
class CaseloadPagesBrowserIT {

    private static final Pattern ACCEPTANCE = Pattern.compile("/families/([^/\"]+)/referrals/([^/\"]+)/acceptance");
    private static final Pattern VERSION = Pattern.compile("name=\"expectedVersion\" value=\"(\\d+)\"");

    private static final By APPLY_FILTERS = By.cssSelector("[data-testid='team-filter'] button[type=submit]");

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
    void aManagerPagesThroughHisCaseloadAndSortsAndFiltersHisTeams() throws Exception {
        // after the other tests' families by name: they stay on the first page of the cases nobody leads
        String surname = "Zimmer" + KeyworkerJourneyBrowserIT.letters();
        FormClient mo = new FormClient();
        mo.signIn(
                mo.get(system.webUrl() + "/families/new"),
                system.identityUrl(),
                "mo.ahmed",
                RunningSystem.DEMO_PASSWORD);
        for (int n = 0; n < 51; n++) {
            openedForMo(mo, "%s %02d family".formatted(surname, n));
        }

        browser.signIn(system, "mo.ahmed");
        assertThat(browser.heading()).isEqualTo("My caseload");
        assertThat(browser.text(By.cssSelector("[data-testid='families-total']")))
                .contains("page 1 of ");
        assertThat(browser.findAll(By.cssSelector("[data-testid='families'] tbody tr")))
                .hasSize(50);
        assertThat(browser.text(By.cssSelector("nav[aria-label='Pages of your families'] [aria-current='page']")))
                .isEqualTo("1");
        assertThat(browser.has(By.cssSelector("nav[aria-label='Pages of your families'] a[rel='prev']")))
                .isFalse();
        browser.assertAccessible();

        browser.click(By.cssSelector("nav[aria-label='Pages of your families'] a[rel='next']"));
        assertThat(browser.url()).endsWith("/?page=2");
        assertThat(browser.text(By.cssSelector("[data-testid='families-total']")))
                .contains("page 2 of ");
        assertThat(browser.text(By.cssSelector("nav[aria-label='Pages of your families'] [aria-current='page']")))
                .isEqualTo("2");
        browser.assertAccessible();
        browser.click(By.cssSelector("nav[aria-label='Pages of your families'] a[rel='prev']"));
        assertThat(browser.text(By.cssSelector("[data-testid='families-total']")))
                .contains("page 1 of ");

        browser.clickLink("Your team's caseload");
        assertThat(browser.heading()).isEqualTo("Your team's caseload");
        String firstPage = browser.text(By.cssSelector("[data-testid='team-cases']"));
        assertThat(firstPage)
                .as("cases nobody leads come before quiet ones")
                .contains("No lead professional")
                .contains("Sam Patel")
                .contains("Mo Ahmed");
        assertThat(browser.has(By.cssSelector("nav[aria-label=\"Pages of your team's cases\"] a[rel='next']")))
                .isTrue();
        browser.assertAccessible();

        browser.click(By.cssSelector("nav[aria-label=\"Pages of your team's cases\"] a[rel='next']"));
        assertThat(browser.url()).contains("/team-caseload?page=2");
        browser.assertAccessible();

        browser.select("keyworker", "Sam Patel");
        browser.click(APPLY_FILTERS);
        assertThat(browser.url()).contains("keyworker=sam.patel");
        String samsCases = browser.text(By.cssSelector("[data-testid='team-cases']"));
        assertThat(samsCases).contains("Ellis family").contains("Grant family").doesNotContain(surname);
        assertThat(samsCases.indexOf("Walker family"))
                .as("an overdue review before no lead professional")
                .isLessThan(samsCases.indexOf("Ellis family"));
        assertThat(samsCases.indexOf("Ellis family"))
                .as("no lead professional before a referral awaiting a decision")
                .isLessThan(samsCases.indexOf("Grant family"));
        assertThat(samsCases).contains("Referral awaiting a decision");
        browser.assertAccessible();

        browser.select("status", "Closed");
        browser.click(APPLY_FILTERS);
        assertThat(browser.url()).contains("keyworker=sam.patel").contains("status=CLOSED");
        assertThat(browser.text(By.tagName("main")))
                .doesNotContain("Ellis family")
                .doesNotContain("Walker family");
        browser.clickLink("Clear filters");
        assertThat(browser.url()).endsWith("/team-caseload");
    }

    /** Registers a family, refers it and accepts the referral, allocating it to Mo: all as Mo, over HTTP. */
    private static void openedForMo(FormClient mo, String name) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String day = String.valueOf(today.getDayOfMonth());
        String month = String.valueOf(today.getMonthValue());
        String year = String.valueOf(today.getYear());
        HttpResponse<String> family =
                mo.post(system.webUrl() + "/families/new", mo.get(system.webUrl() + "/families/new"), "name", name);
        String familyUrl = family.uri().toString();
        assertThat(family.uri().getPath()).as(name).startsWith("/families/");
        HttpResponse<String> referred = mo.post(
                familyUrl + "/referrals/new",
                mo.get(familyUrl + "/referrals/new"),
                "reason",
                "Rent arrears and school absence",
                "riskFactors",
                "OTHER",
                "receivedOn.day",
                day,
                "receivedOn.month",
                month,
                "receivedOn.year",
                year);
        Matcher acceptance = ACCEPTANCE.matcher(referred.body());
        assertThat(acceptance.find())
                .as("a referral to accept on " + referred.uri())
                .isTrue();
        String acceptanceUrl = system.webUrl() + acceptance.group();
        HttpResponse<String> form = mo.get(acceptanceUrl);
        Matcher version = VERSION.matcher(form.body());
        assertThat(version.find()).isTrue();
        HttpResponse<String> accepted = mo.post(
                acceptanceUrl,
                form,
                "allocateTo",
                "mo.ahmed",
                "acceptedOn.day",
                day,
                "acceptedOn.month",
                month,
                "acceptedOn.year",
                year,
                "expectedVersion",
                version.group(1));
        assertThat(accepted.uri().toString()).as(name).startsWith(familyUrl);
    }
}
